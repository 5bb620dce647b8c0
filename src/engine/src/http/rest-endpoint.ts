import { AuthError } from '../auth/auth-error.js';
import { authenticate, type AuthSettings } from '../auth/authenticate.js';
import type { RequestHeaders } from '../auth/headers.js';
import { runRestEndpoint, type RestRequest, type RestResponse, type RestServices } from '../rest/index.js';

/** The methods a RESTified endpoint can be declared for; others are refused before any lookup. */
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** `/api/rest/*`: the request authenticated as on `/v1/graphql`, then its endpoint run (rest/). */
export async function handleRest(request: RestRequest, headers: RequestHeaders, auth: AuthSettings, services: RestServices): Promise<RestResponse> {
  if (!METHODS.has(request.method)) return { status: 400, body: { path: '$', error: `Method ${request.method} not supported.`, code: 'bad-request' } };
  try {
    const session = await authenticate(headers, auth);
    return await runRestEndpoint(request, session, headers, services);
  } catch (error) {
    if (error instanceof AuthError) return { status: error.status, body: { path: '$', error: error.message, code: error.code } };
    throw error;
  }
}
