import { SignJWT } from 'jose';

/**
 * How the runner talks to the engine, the way validate.py's `check_query` does with
 * `--hge-key`: every request carries the admin secret, and a case's headers (role and
 * session variables) ride along so admin poses as that role. In `jwt` mode the headers
 * become the claims of a token instead (`X-Hasura-Allowed-Roles: [role]`,
 * `X-Hasura-Default-Role: role`, every other header a claim) and no secret is sent.
 */
export interface EngineClientOptions {
  engineUrl: string;
  adminSecret: string;
  /** HS256 key of the engine's HASURA_GRAPHQL_JWT_SECRET, for cases that must run as a JWT user. */
  jwtKey?: string;
}

export interface HttpResult {
  status: number;
  body: unknown;
  headers: Headers;
}

export type AuthMode = 'admin-secret' | 'jwt';

async function jwtFor(headers: Record<string, string>, key: string): Promise<string> {
  const role = headers['X-Hasura-Role'] ?? headers['x-hasura-role'];
  const claims: Record<string, unknown> = { 'X-Hasura-Allowed-Roles': [role], 'X-Hasura-Default-Role': role };
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() !== 'x-hasura-role') claims[name] = value;
  return new SignJWT({ sub: 'foo', name: 'bar', 'https://hasura.io/jwt/claims': claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(key));
}

export function createEngineClient(options: EngineClientOptions) {
  return {
    async post(url: string, body: unknown, headers: Record<string, string> = {}, mode: AuthMode = 'admin-secret', method = 'POST'): Promise<HttpResult> {
      const sent: Record<string, string> = { 'content-type': 'application/json' };
      if (mode === 'jwt' && options.jwtKey && Object.keys(headers).some((h) => h.toLowerCase() === 'x-hasura-role')) {
        sent.authorization = `Bearer ${await jwtFor(headers, options.jwtKey)}`;
      } else {
        Object.assign(sent, headers, { 'x-hasura-admin-secret': options.adminSecret });
      }
      const response = await fetch(options.engineUrl.replace(/\/$/, '') + url, { method, headers: sent, body: JSON.stringify(body) });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Non-JSON bodies are compared as text.
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
  };
}

export type EngineClient = ReturnType<typeof createEngineClient>;
