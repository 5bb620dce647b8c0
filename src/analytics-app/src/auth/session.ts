/**
 * The analyst's session: a JWT from the auth function, kept in localStorage so every tab of the
 * browser shares it (signing out in one tab signs out all; ARCHITECTURE.md weighs this against
 * XSS), and the Hasura claims read from it for display and role checks.
 * The token is verified by the engine on every request; reading it here trusts nothing.
 */
export const DASHBOARD_ROLE = 'analyst';
const CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';
export const STORAGE_KEY = '3factor.analytics.token';

export interface SessionInfo {
  token: string;
  userId: string;
  username: string;
  allowedRoles: string[];
  /** Seconds since the epoch, when the token says. */
  expiresAt?: number;
}

function base64UrlDecode(part: string): string {
  const padded = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export function readSession(token: string): SessionInfo | undefined {
  const payloadPart = token.split('.')[1];
  if (!payloadPart) return undefined;
  try {
    const payload = JSON.parse(base64UrlDecode(payloadPart)) as Record<string, unknown>;
    const claims = (payload[CLAIMS_NAMESPACE] ?? {}) as Record<string, unknown>;
    const allowed = claims['x-hasura-allowed-roles'];
    return {
      token,
      userId: String(claims['x-hasura-user-id'] ?? payload.sub ?? ''),
      username: String(payload.name ?? payload.username ?? payload.preferred_username ?? payload.sub ?? ''),
      allowedRoles: Array.isArray(allowed) ? allowed.map(String) : [],
      ...(typeof payload.exp === 'number' ? { expiresAt: payload.exp } : {}),
    };
  } catch {
    return undefined;
  }
}

export function canOpenDashboard(session: SessionInfo): boolean {
  return session.allowedRoles.includes(DASHBOARD_ROLE);
}

export function isExpired(session: SessionInfo, nowMs: number): boolean {
  return session.expiresAt !== undefined && session.expiresAt * 1000 <= nowMs;
}

export function loadStoredToken(storage: Pick<Storage, 'getItem'>): string | undefined {
  return storage.getItem(STORAGE_KEY) ?? undefined;
}

export function storeToken(storage: Pick<Storage, 'setItem' | 'removeItem'>, token: string | undefined): void {
  if (token) storage.setItem(STORAGE_KEY, token);
  else storage.removeItem(STORAGE_KEY);
}

/** Calls `listener` when another tab stores or removes the token (the 'storage' event fires only in the other tabs). */
export function onTokenChangedInOtherTab(listener: () => void, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const handle = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  target.addEventListener('storage', handle);
  return () => target.removeEventListener('storage', handle);
}
