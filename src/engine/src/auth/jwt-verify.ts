import { errors, jwtVerify, type JWTPayload } from 'jose';
import { AuthError } from './auth-error.js';
import { readJsonPath } from '@3factor/hasura-jwt';
import type { JwtConfig } from './jwt-config.js';
import { VerifiedTokenCache } from './token-cache.js';

/**
 * Hasura shows the Haskell jose library's error constructors after "Could not verify JWT: ";
 * clients match on these strings, so jose (JS) errors are mapped onto them.
 */
function verifyErrorText(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'JWTExpired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'JWTNotInAudience';
    if (error.claim === 'iss') return 'JWTNotInIssuer';
    if (error.claim === 'nbf') return 'JWTNotYetValid';
    if (error.claim === 'iat') return error.reason === 'check_failed' ? 'JWTIssuedAtFuture' : `JWTClaimsSetDecodeError "${error.message}"`;
    return `JWTClaimsSetDecodeError "${error.message}"`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'JWSError JWSInvalidSignature';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'JWSError (AlgorithmMismatch "algorithm not allowed")';
  if (error instanceof errors.JWKSNoMatchingKey) return 'JWSError NoUsableKeys';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return `JWSError (CompactDecodeError ${(error as Error).message})`;
  }
  return `JWSError (JSONDecodeError "${error instanceof Error ? error.message : String(error)}")`;
}

const caches = new WeakMap<JwtConfig, VerifiedTokenCache>();

export async function verifyJwt(token: string, config: JwtConfig): Promise<JWTPayload> {
  let cache = caches.get(config);
  if (!cache) caches.set(config, (cache = new VerifiedTokenCache()));
  const cached = cache.get(token, Date.now() / 1000, config.allowedSkewSeconds);
  if (cached) return cached;
  const payload = await verifyUncached(token, config);
  cache.set(token, payload);
  return payload;
}

/**
 * The time claims in the order Hasura's jose (Crypto.JWT `validateClaimsSet`) checks them:
 * `exp`, then `iat`, then `nbf`, each with `allowed_skew` (0 unless configured). jose (JS)
 * checks `iat` only when `maxTokenAge` is set, and that option also makes `iat` required,
 * which Hasura does not; so the `iat` rule is applied here: a token issued later than
 * now + skew is refused with `JWTIssuedAtFuture`.
 */
function timeClaimError(payload: JWTPayload, skewSeconds: number): string | null {
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.exp === 'number' && payload.exp <= now - skewSeconds) return 'JWTExpired';
  if (typeof payload.iat === 'number' && payload.iat > now + skewSeconds) return 'JWTIssuedAtFuture';
  if (typeof payload.nbf === 'number' && payload.nbf > now + skewSeconds) return 'JWTNotYetValid';
  return null;
}

function invalidJwt(text: string): AuthError {
  return new AuthError('invalid-jwt', `Could not verify JWT: ${text}`);
}

async function verifyUncached(token: string, config: JwtConfig): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    const options = {
      algorithms: config.algorithms,
      audience: config.audience,
      issuer: config.issuer,
      clockTolerance: config.allowedSkewSeconds,
    };
    const key = config.key;
    ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
  } catch (error) {
    // Claim errors come only after the signature was verified; their payload is the token's.
    if (error instanceof errors.JWTClaimValidationFailed || error instanceof errors.JWTExpired) {
      const timeError = timeClaimError(error.payload, config.allowedSkewSeconds);
      if (timeError) throw invalidJwt(timeError);
    }
    throw invalidJwt(verifyErrorText(error));
  }
  const timeError = timeClaimError(payload, config.allowedSkewSeconds);
  if (timeError) throw invalidJwt(timeError);
  return payload;
}

/** The `x-hasura-*` claims, names lower-cased, from wherever the config says they live. */
export function hasuraClaims(payload: JWTPayload, config: JwtConfig): Record<string, unknown> {
  const location = config.claimsLocation;
  const raw = 'namespace' in location ? payload[location.namespace] : readJsonPath(payload, location.path);
  if (raw === undefined) {
    throw new AuthError(
      'jwt-invalid-claims',
      'namespace' in location ? `claims key: '${location.namespace}' not found` : `claims not found at claims_namespace_path: '${location.text}'`,
    );
  }
  let claims: unknown = raw;
  if (config.claimsFormat === 'stringified_json') {
    const where = 'namespace' in location ? `claims_namespace ${location.namespace}` : `claims_namespace_path ${location.text}`;
    if (typeof raw !== 'string') throw new AuthError('jwt-invalid-claims', 'expecting a string when claims_format is stringified_json');
    try {
      claims = JSON.parse(raw);
    } catch {
      throw new AuthError('jwt-invalid-claims', `expecting stringified json at: '${where}', but found: ${raw}`);
    }
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) {
    throw new AuthError('jwt-invalid-claims', 'expecting a json object when claims_format is json');
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(claims)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('x-hasura-')) out[lower] = value;
  }
  return out;
}
