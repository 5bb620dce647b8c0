import { createRemoteJWKSet, importSPKI, importX509, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { parseJsonPath, type PathSegment } from './json-path.js';

/** HASURA_GRAPHQL_JWT_SECRET, parsed and with its key imported. */
export interface JwtConfig {
  key: CryptoKey | Uint8Array | JWTVerifyGetKey;
  algorithms: string[];
  /** Where the Hasura claims live: a key of the payload, or a JSON path into it. */
  claimsLocation: { namespace: string } | { path: PathSegment[]; text: string };
  claimsFormat: 'json' | 'stringified_json';
  audience?: string | string[];
  issuer?: string;
  allowedSkewSeconds: number;
  /** `Authorization: Bearer <jwt>` (default) or a named cookie. */
  header: { type: 'Authorization' } | { type: 'Cookie'; name: string };
}

export const DEFAULT_CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';

const HMAC = new Set(['HS256', 'HS384', 'HS512']);
const PUBLIC_KEY = new Set(['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'Ed25519', 'EdDSA', 'PS256', 'PS384', 'PS512']);

function fail(message: string): never {
  throw new Error(`HASURA_GRAPHQL_JWT_SECRET: ${message}`);
}

async function importKey(type: string, raw: string): Promise<CryptoKey | Uint8Array> {
  if (HMAC.has(type)) {
    // Hasura requires at least 256 bits for HS keys.
    if (raw.length < 32) fail(`Invalid JWK: Key size too small; should be atleast 32 characters`);
    return new TextEncoder().encode(raw);
  }
  if (!PUBLIC_KEY.has(type)) fail(`Invalid JWK: Key type: ${type} is not supported`);
  const alg = type === 'Ed25519' ? 'EdDSA' : type;
  const pem = raw.replace(/\\n/g, '\n').trim();
  return pem.includes('BEGIN CERTIFICATE') ? importX509(pem, alg) : importSPKI(pem, alg);
}

export async function parseJwtConfig(json: string): Promise<JwtConfig> {
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
  const type = str('type');
  const rawKey = str('key');
  const jwkUrl = str('jwk_url');
  if (rawKey === undefined && jwkUrl === undefined) fail('key and jwk_url both cannot be empty');
  if (rawKey !== undefined && jwkUrl !== undefined) fail('key, jwk_url both cannot be present');

  let key: JwtConfig['key'];
  let algorithms: string[];
  if (rawKey !== undefined) {
    if (!type) fail('type is required with key');
    key = await importKey(type, rawKey);
    algorithms = [type === 'Ed25519' ? 'EdDSA' : type];
  } else {
    key = createRemoteJWKSet(new URL(jwkUrl!));
    algorithms = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'PS256', 'PS384', 'PS512'];
  }

  const namespace = str('claims_namespace');
  const namespacePath = str('claims_namespace_path');
  if (namespace !== undefined && namespacePath !== undefined) fail('claims_namespace and claims_namespace_path both cannot be set');
  let claimsLocation: JwtConfig['claimsLocation'] = { namespace: namespace ?? DEFAULT_CLAIMS_NAMESPACE };
  if (namespacePath !== undefined) {
    try {
      claimsLocation = { path: parseJsonPath(namespacePath), text: namespacePath };
    } catch (error) {
      fail(`invalid JSON path claims_namespace_path error: ${(error as Error).message}`);
    }
  }
  if (raw.claims_map !== undefined) fail('claims_map is not supported by this engine');

  const claimsFormat = str('claims_format') ?? 'json';
  if (claimsFormat !== 'json' && claimsFormat !== 'stringified_json') fail(`unknown claims_format ${claimsFormat}`);

  const audience = raw.audience;
  if (audience !== undefined && typeof audience !== 'string' && !(Array.isArray(audience) && audience.every((a) => typeof a === 'string'))) {
    fail('audience must be a string or a list of strings');
  }
  const skew = raw.allowed_skew;
  if (skew !== undefined && typeof skew !== 'number') fail('allowed_skew must be a number');

  const header = raw.header as { type?: string; name?: string } | undefined;
  let headerConfig: JwtConfig['header'] = { type: 'Authorization' };
  if (header?.type === 'Cookie') {
    if (!header.name) fail('header.name is required for Cookie');
    headerConfig = { type: 'Cookie', name: header.name };
  } else if (header !== undefined && header.type !== 'Authorization') fail('header.type must be Authorization or Cookie');

  return {
    key,
    algorithms,
    claimsLocation,
    claimsFormat,
    audience: audience as string | string[] | undefined,
    issuer: str('issuer'),
    // Hasura's jose takes the skew's absolute value; without allowed_skew there is none.
    allowedSkewSeconds: Math.abs((skew as number | undefined) ?? 0),
    header: headerConfig,
  };
}
