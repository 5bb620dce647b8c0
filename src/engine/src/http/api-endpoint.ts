import { AuthError } from '../auth/auth-error.js';
import { authenticate, type AuthSettings } from '../auth/authenticate.js';
import type { RequestHeaders } from '../auth/headers.js';
import { ADMIN_ROLE } from '../auth/session.js';
import type { ApiResponse, Endpoint, MetadataExecutor } from '../metadata/api/executor.js';

/** POST /v1/metadata, /v1/query, /v2/query: admin only, errors as `{path, error, code}` with 4xx/5xx. */
export async function handleApi(
  endpoint: Endpoint,
  body: unknown,
  headers: RequestHeaders,
  deps: { auth: AuthSettings; metadata: Pick<MetadataExecutor, 'run'> },
): Promise<ApiResponse> {
  try {
    const session = await authenticate(headers, deps.auth);
    return await deps.metadata.run(endpoint, body, session);
  } catch (error) {
    if (error instanceof AuthError) return { status: error.status, body: { path: '$', error: error.message, code: error.code } };
    throw error;
  }
}

/**
 * Hasura's `onlyAdmin` (the admin secret, or a role of admin): null for an admin; otherwise the
 * answer, its 400 `access-denied` for another role, the usual 401 for a request that does not
 * authenticate.
 */
export async function adminRefusal(headers: RequestHeaders, auth: AuthSettings): Promise<{ status: number; body: unknown } | null> {
  try {
    const session = await authenticate(headers, auth);
    return session.role === ADMIN_ROLE ? null : { status: 400, body: { path: '$', error: 'You have to be an admin to access this endpoint', code: 'access-denied' } };
  } catch (error) {
    if (error instanceof AuthError) return { status: error.status, body: { path: '$', error: error.message, code: error.code } };
    throw error;
  }
}
