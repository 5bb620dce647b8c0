import { AuthError } from './auth-error.js';
import { header, type RequestHeaders } from './headers.js';
import type { Session } from './session.js';

const HEADER = 'x-hasura-use-backend-only-permissions';
const TRUE = ['true', 't', 'yes', 'y'];
const FALSE = ['false', 'f', 'no', 'n'];

function parse(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (TRUE.includes(lower)) return true;
  if (FALSE.includes(lower)) return false;
  return undefined;
}

/** Hasura rejects a malformed value of this header for admin requests, with this exact text. */
export function checkBackendOnlyHeader(headers: RequestHeaders): void {
  const value = header(headers, HEADER);
  if (value !== undefined && parse(value) === undefined) {
    throw new AuthError(
      'bad-request',
      `${HEADER}:  Not a valid boolean text. True values are ["true","t","yes","y"] and  False values are ["false","f","no","n"]. All values are case insensitive`,
    );
  }
}

/** `backend_only` permissions apply only to admin-authenticated requests that ask for them. */
export function usesBackendOnlyPermissions(session: Session): boolean {
  const value = session.variables[HEADER];
  return session.isAdmin && value !== undefined && parse(value) === true;
}
