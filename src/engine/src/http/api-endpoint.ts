import { AuthError } from '../auth/auth-error.js';
import { authenticate, type AuthSettings } from '../auth/authenticate.js';
import type { RequestHeaders } from '../auth/headers.js';
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
