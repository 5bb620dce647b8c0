import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIMS_NAMESPACE, JWK_URL_ALGORITHMS, JwtSecretError, parseHasuraJwtSecret } from '@3factor/hasura-jwt';

const HS_KEY = 'a-shared-secret-of-at-least-32-characters';
const parse = (secret: unknown) => parseHasuraJwtSecret(JSON.stringify(secret));

describe('parseHasuraJwtSecret', () => {
  it('reads an HMAC secret with Hasura’s defaults', () => {
    expect(parse({ type: 'HS256', key: HS_KEY })).toEqual({
      source: { kind: 'hmac', type: 'HS256', algorithm: 'HS256', secret: HS_KEY },
      algorithms: ['HS256'],
      claimsLocation: { namespace: DEFAULT_CLAIMS_NAMESPACE },
      claimsFormat: 'json',
      allowedSkewSeconds: 0,
      header: { type: 'Authorization' },
    });
  });

  it('reads every option the engine supports', () => {
    const secret = parse({
      type: 'HS512',
      key: HS_KEY,
      claims_namespace_path: '$.hasura.claims',
      claims_format: 'stringified_json',
      audience: ['food', 'dashboard'],
      issuer: 'https://auth.example',
      allowed_skew: -30,
      header: { type: 'Cookie', name: 'token' },
    });
    expect(secret).toMatchObject({
      algorithms: ['HS512'],
      claimsLocation: { path: ['hasura', 'claims'], text: '$.hasura.claims' },
      claimsFormat: 'stringified_json',
      audience: ['food', 'dashboard'],
      issuer: 'https://auth.example',
      allowedSkewSeconds: 30,
      header: { type: 'Cookie', name: 'token' },
    });
    expect(parse({ type: 'HS256', key: HS_KEY, claims_namespace: 'app' }).claimsLocation).toEqual({ namespace: 'app' });
    expect(parse({ type: 'HS256', key: HS_KEY, claims_namespace_path: 'hasura' }).claimsLocation).toEqual({ path: ['hasura'], text: 'hasura' });
  });

  it('takes a PEM public key with escaped line breaks, and Ed25519 as EdDSA', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA\\n-----END PUBLIC KEY-----\\n';
    expect(parse({ type: 'Ed25519', key: pem }).source).toEqual({
      kind: 'public-key',
      type: 'Ed25519',
      algorithm: 'EdDSA',
      pem: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----',
    });
    expect(parse({ type: 'Ed25519', key: pem }).algorithms).toEqual(['EdDSA']);
  });

  it('takes a jwk_url with the asymmetric algorithms', () => {
    const secret = parse({ jwk_url: 'https://auth.example/.well-known/jwks.json' });
    expect(secret.source).toEqual({ kind: 'jwk-url', url: 'https://auth.example/.well-known/jwks.json' });
    expect(secret.algorithms).toEqual(JWK_URL_ALGORITHMS);
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /must be a JSON object/],
    [JSON.stringify({ type: 'HS256' }), /key and jwk_url both cannot be empty/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, jwk_url: 'https://x.example' }), /both cannot be present/],
    [JSON.stringify({ key: HS_KEY }), /type is required with key/],
    [JSON.stringify({ type: 'HS256', key: 'short' }), /should be atleast 32 characters/],
    [JSON.stringify({ type: 'XX1', key: HS_KEY }), /Key type: XX1 is not supported/],
    [JSON.stringify({ jwk_url: 'not a url' }), /jwk_url is not a URL/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, claims_namespace: 'a', claims_namespace_path: '$' }), /both cannot be set/],
    // Hasura takes `hasura.claims` (no `$`) as a path; a space needs brackets and quotes.
    [JSON.stringify({ type: 'HS256', key: HS_KEY, claims_namespace_path: '$.hasura claims' }), /invalid JSON path claims_namespace_path error: \$\.hasura claims\. Accept letters/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, claims_map: {} }), /claims_map is not supported/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, claims_format: 'yaml' }), /unknown claims_format yaml/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, audience: 7 }), /audience must be/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, allowed_skew: '5' }), /allowed_skew must be a number/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, header: { type: 'Cookie' } }), /header.name is required/],
    [JSON.stringify({ type: 'HS256', key: HS_KEY, header: { type: 'Query' } }), /header.type must be/],
    [JSON.stringify({ type: 256, key: HS_KEY }), /type must be a string/],
  ])('refuses %s', (json, message) => {
    expect(() => parseHasuraJwtSecret(json)).toThrow(message);
    expect(() => parseHasuraJwtSecret(json)).toThrow(JwtSecretError);
    expect(() => parseHasuraJwtSecret(json)).toThrow(/^HASURA_GRAPHQL_JWT_SECRET: /);
  });
});
