import { importPKCS8, SignJWT, type CryptoKey } from 'jose';
import { parseHasuraJwtSecret, type ClaimsFormat } from '@3factor/hasura-jwt';
import { hasuraClaims, placeClaims, type ClaimsLocation, type TokenUser } from './claims.js';

/**
 * Signing side of HASURA_GRAPHQL_JWT_SECRET: the same JSON the engine (or Hasura)
 * verifies with, read by the same parser (@3factor/hasura-jwt). HMAC keys (HS256...) sign
 * directly; for RSA, ECDSA and EdDSA the secret holds the public key, so the private key
 * comes from AUTH_JWT_PRIVATE_KEY.
 */
export interface SigningConfig {
  algorithm: string;
  key: CryptoKey | Uint8Array;
  claimsLocation: ClaimsLocation;
  claimsFormat: ClaimsFormat;
  issuer?: string;
  audience?: string | string[];
}

export async function parseSigningConfig(secretJson: string | undefined, privateKeyPem?: string): Promise<SigningConfig> {
  if (!secretJson) throw new Error('HASURA_GRAPHQL_JWT_SECRET is not set: the auth function cannot sign tokens');
  const secret = parseHasuraJwtSecret(secretJson);
  const { source } = secret;
  let key: CryptoKey | Uint8Array;
  let algorithm: string;
  switch (source.kind) {
    case 'jwk-url':
      throw new Error('HASURA_GRAPHQL_JWT_SECRET has a jwk_url, and jwk_url is verify-only: the auth function needs a "type" and a "key" it can sign with');
    case 'hmac':
      algorithm = source.algorithm;
      key = new TextEncoder().encode(source.secret);
      break;
    case 'public-key':
      if (!privateKeyPem) {
        throw new Error(`HASURA_GRAPHQL_JWT_SECRET is ${source.type}: set AUTH_JWT_PRIVATE_KEY to the PKCS#8 private key that matches its public key`);
      }
      algorithm = source.algorithm;
      key = await importPKCS8(privateKeyPem.replace(/\\n/g, '\n'), algorithm);
      break;
  }
  return {
    algorithm,
    key,
    claimsLocation: secret.claimsLocation,
    claimsFormat: secret.claimsFormat,
    ...(secret.issuer !== undefined ? { issuer: secret.issuer } : {}),
    ...(secret.audience !== undefined ? { audience: secret.audience } : {}),
  };
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
