import { parseJsonPath, type PathSegment } from './json-path.js';

/**
 * HASURA_GRAPHQL_JWT_SECRET, read the way Hasura reads it: the one parser behind the
 * engine, which verifies tokens with it, and the auth function, which signs them with
 * it. Pure (no key import, no fetch): each side turns the key source into the key it
 * needs (a verify key or a JWKS for the engine, a signing key for the function).
 */

export const DEFAULT_CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';

/** `type` values with a shared secret as `key`. */
export const HMAC_TYPES: readonly string[] = ['HS256', 'HS384', 'HS512'];
/** `type` values with a PEM public key (or X.509 certificate) as `key`. */
export const PUBLIC_KEY_TYPES: readonly string[] = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'Ed25519', 'EdDSA', 'PS256', 'PS384', 'PS512'];
/** The algorithms a key from `jwk_url` may sign with. */
export const JWK_URL_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'PS256', 'PS384', 'PS512'];

/** Where the key comes from: `type` + `key`, or `jwk_url`. */
export type JwtKeySource =
  { kind: 'hmac'; type: string; algorithm: string; secret: string } | { kind: 'public-key'; type: string; algorithm: string; pem: string } | { kind: 'jwk-url'; url: string };

/** Where the Hasura claims live: a key of the payload, or a JSON path into it. */
export type ClaimsLocation = { namespace: string } | { path: PathSegment[]; text: string };

export type ClaimsFormat = 'json' | 'stringified_json';

export interface HasuraJwtSecret {
  source: JwtKeySource;
  /** The JWS algorithms a token may carry. */
  algorithms: string[];
  claimsLocation: ClaimsLocation;
  claimsFormat: ClaimsFormat;
  audience?: string | string[];
  issuer?: string;
  /** `allowed_skew`, in seconds (Hasura's jose takes its absolute value; 0 when absent). */
  allowedSkewSeconds: number;
  /** `Authorization: Bearer <jwt>` (default) or a named cookie. */
  header: { type: 'Authorization' } | { type: 'Cookie'; name: string };
}

export class JwtSecretError extends Error {
  override name = 'JwtSecretError';
}

function fail(message: string): never {
  throw new JwtSecretError(`HASURA_GRAPHQL_JWT_SECRET: ${message}`);
}

/** The JWS `alg` of a `type` (Hasura accepts `Ed25519` for EdDSA). */
export function jwsAlgorithm(type: string): string {
  return type === 'Ed25519' ? 'EdDSA' : type;
}

function keySource(type: string | undefined, key: string | undefined, jwkUrl: string | undefined): JwtKeySource {
  if (key === undefined && jwkUrl === undefined) fail('key and jwk_url both cannot be empty');
  if (key !== undefined && jwkUrl !== undefined) fail('key, jwk_url both cannot be present');
  if (jwkUrl !== undefined) {
    if (!URL.canParse(jwkUrl)) fail(`jwk_url is not a URL: ${jwkUrl}`);
    return { kind: 'jwk-url', url: jwkUrl };
  }
  if (!type) fail('type is required with key');
  if (HMAC_TYPES.includes(type)) {
    // Hasura requires at least 256 bits for HS keys.
    if (key!.length < 32) fail('Invalid JWK: Key size too small; should be atleast 32 characters');
    return { kind: 'hmac', type, algorithm: type, secret: key! };
  }
  if (!PUBLIC_KEY_TYPES.includes(type)) fail(`Invalid JWK: Key type: ${type} is not supported`);
  // A PEM pasted into an environment variable often has literal \n for its line breaks.
  return { kind: 'public-key', type, algorithm: jwsAlgorithm(type), pem: key!.replace(/\\n/g, '\n').trim() };
}

export function parseHasuraJwtSecret(json: string): HasuraJwtSecret {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    fail('not valid JSON');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail('must be a JSON object');
  const str = (name: string): string | undefined => {
    const v = raw[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') fail(`${name} must be a string`);
    return v;
  };

  const source = keySource(str('type'), str('key'), str('jwk_url'));
  const algorithms = source.kind === 'jwk-url' ? [...JWK_URL_ALGORITHMS] : [source.algorithm];

  const namespace = str('claims_namespace');
  const namespacePath = str('claims_namespace_path');
  if (namespace !== undefined && namespacePath !== undefined) fail('claims_namespace and claims_namespace_path both cannot be set');
  let claimsLocation: ClaimsLocation = { namespace: namespace ?? DEFAULT_CLAIMS_NAMESPACE };
  if (namespacePath !== undefined) {
    try {
      claimsLocation = { path: parseJsonPath(namespacePath), text: namespacePath };
    } catch (error) {
      fail(`invalid JSON path claims_namespace_path error: ${(error as Error).message}`);
    }
  }
  if (raw.claims_map !== undefined) fail('claims_map is not supported');

  const claimsFormat = str('claims_format') ?? 'json';
  if (claimsFormat !== 'json' && claimsFormat !== 'stringified_json') fail(`unknown claims_format ${claimsFormat}`);

  const audience = raw.audience;
  if (audience !== undefined && typeof audience !== 'string' && !(Array.isArray(audience) && audience.every((a) => typeof a === 'string'))) {
    fail('audience must be a string or a list of strings');
  }
  const skew = raw.allowed_skew;
  if (skew !== undefined && typeof skew !== 'number') fail('allowed_skew must be a number');

  const header = raw.header as { type?: string; name?: string } | undefined;
  let headerConfig: HasuraJwtSecret['header'] = { type: 'Authorization' };
  if (header?.type === 'Cookie') {
    if (!header.name) fail('header.name is required for Cookie');
    headerConfig = { type: 'Cookie', name: header.name };
  } else if (header !== undefined && header.type !== 'Authorization') fail('header.type must be Authorization or Cookie');

  const issuer = str('issuer');
  return {
    source,
    algorithms,
    claimsLocation,
    claimsFormat,
    ...(audience !== undefined ? { audience: audience as string | string[] } : {}),
    ...(issuer !== undefined ? { issuer } : {}),
    allowedSkewSeconds: Math.abs((skew as number | undefined) ?? 0),
    header: headerConfig,
  };
}
