// The logged-in user, as far as the app needs to know: read from the JWT's Hasura claims.
// The token is kept in localStorage: every tab of the browser shares it, it survives a reload,
// and logging out in one tab logs out all of them (ARCHITECTURE.md: where the token lives, and XSS).

export type Role = 'customer' | 'restaurant' | 'agent' | 'analyst';

export interface Session {
  token: string;
  userId: string;
  username: string;
  role: Role;
  /** Seconds since the epoch, from the token's `exp`, if it has one. */
  expiresAt: number | null;
}

const CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';
export const SESSION_KEY = '3factor.session';
const ROLES: readonly Role[] = ['customer', 'restaurant', 'agent', 'analyst'];

function decodeBase64Url(segment: string): string {
  const base64 = segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads the claims the app relies on; the server checks the signature, the app only reads. */
export function sessionFromToken(token: string, username?: string): Session {
  const payloadSegment = token.split('.')[1];
  if (!payloadSegment) throw new Error('The server sent a malformed token.');
  const payload = JSON.parse(decodeBase64Url(payloadSegment)) as Record<string, unknown>;
  const claims = payload[CLAIMS_NAMESPACE] as Record<string, unknown> | undefined;
  const userId = claims?.['x-hasura-user-id'];
  const role = claims?.['x-hasura-default-role'];
  if (typeof userId !== 'string' || typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw new Error('The server sent a token without the expected Hasura claims.');
  }
  const name = username ?? (typeof payload['name'] === 'string' ? payload['name'] : undefined) ?? userId;
  return {
    token,
    userId,
    username: name,
    role: role as Role,
    expiresAt: typeof payload['exp'] === 'number' ? payload['exp'] : null,
  };
}

export function isExpired(session: Session, nowMs: number): boolean {
  return session.expiresAt !== null && session.expiresAt * 1000 <= nowMs;
}

export function loadSession(storage: Storage, nowMs: number): Session | null {
  const raw = storage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const { token, username } = JSON.parse(raw) as { token: string; username: string };
    const session = sessionFromToken(token, username);
    return isExpired(session, nowMs) ? null : session;
  } catch {
    storage.removeItem(SESSION_KEY);
    return null;
  }
}

export function saveSession(storage: Storage, session: Session | null): void {
  if (session) storage.setItem(SESSION_KEY, JSON.stringify({ token: session.token, username: session.username }));
  else storage.removeItem(SESSION_KEY);
}

/** Where each role starts after logging in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'restaurant':
      return '/kitchen';
    case 'agent':
      return '/deliveries';
    default:
      return '/';
  }
}
