import { importPKCS8, SignJWT, type CryptoKey } from 'jose';
import { DEFAULT_CLAIMS_NAMESPACE, hasuraClaims, parseClaimsPath, placeClaims, type ClaimsLocation, type TokenUser } from './claims.js';

/**
 * Signing side of HASURA_GRAPHQL_JWT_SECRET: the same JSON the engine (or Hasura)
 * verifies with. HMAC keys (HS256...) sign directly; for RSA, ECDSA and EdDSA the secret holds the
 * public key, so the private key comes from AUTH_JWT_PRIVATE_KEY.
 */
export interface SigningConfig {
  algorithm: string;
  key: CryptoKey | Uint8Array;
  claimsLocation: ClaimsLocation;
  claimsFormat: 'json' | 'stringified_json';
  issuer?: string;
  audience?: string | string[];
}

const HMAC = new Set(['HS256', 'HS384', 'HS512']);
const ASYMMETRIC = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']);

export async function parseSigningConfig(secretJson: string | undefined, privateKeyPem?: string): Promise<SigningConfig> {
  if (!secretJson) throw new Error('HASURA_GRAPHQL_JWT_SECRET is not set: the auth function cannot sign tokens');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(secretJson) as Record<string, unknown>;
  } catch {
    throw new Error('HASURA_GRAPHQL_JWT_SECRET is not valid JSON');
  }
  const type = typeof raw.type === 'string' ? raw.type : undefined;
  if (!type) throw new Error('HASURA_GRAPHQL_JWT_SECRET has no "type"; the auth function needs a key it can sign with (jwk_url is verify-only)');
  let key: CryptoKey | Uint8Array;
  const algorithm = type === 'Ed25519' ? 'EdDSA' : type;
  if (HMAC.has(type)) {
    if (typeof raw.key !== 'string' || raw.key.length < 32) throw new Error('HASURA_GRAPHQL_JWT_SECRET key must be at least 32 characters for HS* algorithms');
    key = new TextEncoder().encode(raw.key);
  } else if (ASYMMETRIC.has(type)) {
    if (!privateKeyPem) throw new Error(`HASURA_GRAPHQL_JWT_SECRET is ${type}: set AUTH_JWT_PRIVATE_KEY to the PKCS#8 private key that matches its public key`);
    key = await importPKCS8(privateKeyPem.replace(/\\n/g, '\n'), algorithm);
  } else {
    throw new Error(`HASURA_GRAPHQL_JWT_SECRET type ${type} is not supported`);
  }
  const claimsLocation: ClaimsLocation =
    typeof raw.claims_namespace_path === 'string'
      ? { path: parseClaimsPath(raw.claims_namespace_path) }
      : { namespace: typeof raw.claims_namespace === 'string' ? raw.claims_namespace : DEFAULT_CLAIMS_NAMESPACE };
  const claimsFormat = raw.claims_format === 'stringified_json' ? 'stringified_json' : 'json';
  const audience = typeof raw.audience === 'string' || Array.isArray(raw.audience) ? (raw.audience as string | string[]) : undefined;
  return { algorithm, key, claimsLocation, claimsFormat, issuer: typeof raw.issuer === 'string' ? raw.issuer : undefined, audience };
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export async function issueToken(config: SigningConfig, user: TokenUser, lifetimeSeconds: number, now = new Date()): Promise<IssuedToken> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + lifetimeSeconds;
  let jwt = new SignJWT({ name: user.username, ...placeClaims(hasuraClaims(user), config.claimsLocation, config.claimsFormat) })
    .setProtectedHeader({ alg: config.algorithm, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt);
  if (config.issuer) jwt = jwt.setIssuer(config.issuer);
  if (config.audience) jwt = jwt.setAudience(config.audience);
  return { token: await jwt.sign(config.key), expiresAt: new Date(expiresAt * 1000) };
}
