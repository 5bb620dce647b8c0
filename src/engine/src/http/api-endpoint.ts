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
 * Hasura's `onlyAdmin` (the admin secret, or a role of admin), then `answer`. Other roles get
 * its 400 `access-denied`; a request that does not authenticate, the usual 401.
 */
export async function onlyAdmin(headers: RequestHeaders, auth: AuthSettings, answer: () => unknown | Promise<unknown>): Promise<{ status: number; body: unknown }> {
  try {
    const session = await authenticate(headers, auth);
    if (session.role !== ADMIN_ROLE) return { status: 400, body: { path: '$', error: 'You have to be an admin to access this endpoint', code: 'access-denied' } };
    return { status: 200, body: await answer() };
  } catch (error) {
    if (error instanceof AuthError) return { status: error.status, body: { path: '$', error: error.message, code: error.code } };
    throw error;
  }
}

/** POST /v1/graphql/explain: admin only; the role to plan for comes from the body's `user`, not from the headers. */
export async function handleExplain(
  body: unknown,
  headers: RequestHeaders,
  auth: AuthSettings,
  explain: (body: unknown) => Promise<{ status: number; body: unknown }>,
): Promise<{ status: number; body: unknown }> {
  let answer: { status: number; body: unknown } | undefined;
  const checked = await onlyAdmin(headers, auth, async () => (answer = await explain(body)).body);
  return answer ?? checked;
}
