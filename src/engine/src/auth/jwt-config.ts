import { createRemoteJWKSet, importSPKI, importX509, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { parseHasuraJwtSecret, type HasuraJwtSecret, type JwtKeySource } from '@3factor/hasura-jwt';

export { DEFAULT_CLAIMS_NAMESPACE } from '@3factor/hasura-jwt';

/**
 * HASURA_GRAPHQL_JWT_SECRET, parsed by the shared parser (@3factor/hasura-jwt, which the
 * auth function signs with too) and with its verify key imported.
 */
export interface JwtConfig extends Omit<HasuraJwtSecret, 'source'> {
  key: CryptoKey | Uint8Array | JWTVerifyGetKey;
}

async function verifyKey(source: JwtKeySource): Promise<JwtConfig['key']> {
  switch (source.kind) {
    case 'hmac':
      return new TextEncoder().encode(source.secret);
    case 'public-key':
      return source.pem.includes('BEGIN CERTIFICATE') ? importX509(source.pem, source.algorithm) : importSPKI(source.pem, source.algorithm);
    case 'jwk-url':
      return createRemoteJWKSet(new URL(source.url));
  }
}

export async function parseJwtConfig(json: string): Promise<JwtConfig> {
  const { source, ...rest } = parseHasuraJwtSecret(json);
  return { ...rest, key: await verifyKey(source) };
}
