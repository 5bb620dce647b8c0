import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The auth setup the runner uses: admin secret for everything, JWT for the JWT-mode cases. */
export const CONFORMANCE_ADMIN_SECRET = 'conformance-admin-secret';
export const CONFORMANCE_JWT_KEY = 'conformance-jwt-key-that-is-at-least-32-characters-long';

/** ../shared/hasura-conformance next to the repository, or HASURA_CONFORMANCE_DIR. */
export function conformanceDataRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.HASURA_CONFORMANCE_DIR) return env.HASURA_CONFORMANCE_DIR;
  return fileURLToPath(new URL('../../../../shared/hasura-conformance', import.meta.url));
}

export function conformanceDataExists(env?: Readonly<Record<string, string | undefined>>): boolean {
  return existsSync(join(conformanceDataRoot(env), 'server'));
}
