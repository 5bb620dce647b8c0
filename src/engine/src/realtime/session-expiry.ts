import { decodeJwt } from 'jose';
import type { RequestHeaders } from '../auth/headers.js';
import { header } from '../auth/headers.js';
import type { Session } from '../auth/session.js';
import type { Authenticate } from './protocol/index.js';

/**
 * Adds the token's expiry to HTTP authentication, so the socket closes when a JWT's `exp`
 * passes (Hasura's `wscsTokenExpTime`). The token was verified by `authenticate` already;
 * here it is only decoded. A request that authenticated by admin secret has no expiry.
 */
export function withTokenExpiry(authenticate: (headers: RequestHeaders) => Promise<Session>): Authenticate {
  return async (headers) => {
    const session = await authenticate(headers);
    if (session.isAdmin) return { session };
    const authorization = header(headers, 'authorization');
    const token = authorization?.match(/^Bearer\s+(\S+)$/)?.[1];
    if (!token) return { session };
    try {
      const { exp } = decodeJwt(token);
      return typeof exp === 'number' ? { session, expiresAt: exp * 1000 } : { session };
    } catch {
      return { session };
    }
  };
}
