import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, authenticate, parseJwtConfig } from '../../src/auth/index.js';
import { ALICE, JWT_KEY, startTestEngine, type TestEngine } from '../realtime/engine-harness.js';
import { RawClient } from '../realtime/ws-client.js';

/**
 * A token whose `iat` lies in the future is refused as Hasura refuses it: Hasura's jose
 * (Crypto.JWT `validateIatClaim`, checkIssuedAt on by default) fails it with
 * `JWTIssuedAtFuture` when iat > now + allowed_skew, and Hasura reports that as
 * `invalid-jwt` "Could not verify JWT: JWTIssuedAtFuture" (Hasura.Server.Auth.JWT).
 */
const HOUR = 3600;
const now = (): number => Math.floor(Date.now() / 1000);

function token(times: { iat?: number; exp?: number; nbf?: number }, key = JWT_KEY, extra: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT({
    'https://hasura.io/jwt/claims': { 'x-hasura-default-role': 'customer', 'x-hasura-allowed-roles': ['customer'], 'x-hasura-user-id': ALICE },
    ...times,
    ...extra,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(key));
}

const FUTURE_IAT = 'Could not verify JWT: JWTIssuedAtFuture';

let t: TestEngine;

beforeAll(async () => {
  t = await startTestEngine();
});

afterAll(async () => {
  await t?.stop();
});

async function graphqlWith(jwt: string, query: string): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(t.httpUrl + '/v1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: any; errors?: any[] };
}

describe('iat in the future over HTTP', () => {
  it('refuses a token issued one hour ahead with invalid-jwt JWTIssuedAtFuture', async () => {
    const result = await graphqlWith(await token({ iat: now() + HOUR, exp: now() + 2 * HOUR }), '{ restaurants(where: {id: {_eq: 1}}) { name } }');
    expect(result).toEqual({ errors: [{ message: FUTURE_IAT, extensions: { path: '$', code: 'invalid-jwt' } }] });
  });

  it('still serves a token issued now, and one without iat (Hasura does not require it)', async () => {
    const query = '{ restaurants(where: {id: {_eq: 1}}) { name } }';
    expect(await graphqlWith(await token({ iat: now(), exp: now() + HOUR }), query)).toEqual({ data: { restaurants: [{ name: 'Bella Cucina' }] } });
    expect(await graphqlWith(await token({ exp: now() + HOUR }), query)).toEqual({ data: { restaurants: [{ name: 'Bella Cucina' }] } });
  });

  it("reports JWTExpired before JWTIssuedAtFuture, in Hasura's order (exp, iat, nbf)", async () => {
    const both = await graphqlWith(await token({ iat: now() + HOUR, exp: now() - 60 }), '{ restaurants { name } }');
    expect(both.errors?.[0]?.message).toBe('Could not verify JWT: JWTExpired');
    const iatAndNbf = await graphqlWith(await token({ iat: now() + HOUR, nbf: now() + HOUR }), '{ restaurants { name } }');
    expect(iatAndNbf.errors?.[0]?.message).toBe(FUTURE_IAT);
  });

  it('checks the signature first: a forged token with a future iat is a signature error', async () => {
    const forged = await token({ iat: now() + HOUR }, 'not-the-engine-key-but-long-enough-0123456789');
    const result = await graphqlWith(forged, '{ restaurants { name } }');
    expect(result.errors?.[0]?.message).toBe('Could not verify JWT: JWSError JWSInvalidSignature');
  });
});

describe('iat in the future over WebSocket connection_init', () => {
  it('closes a graphql-transport-ws socket with 4403', async () => {
    const client = new RawClient(t.wsUrl, 'graphql-transport-ws');
    client.send({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${await token({ iat: now() + HOUR })}` } } });
    expect(await client.closed).toEqual({ code: 4403, reason: `Forbidden: ${FUTURE_IAT}` });
  });

  it('answers the legacy protocol with connection_error and closes with 4400', async () => {
    const client = new RawClient(t.wsUrl, 'graphql-ws');
    client.send({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${await token({ iat: now() + HOUR })}` } } });
    expect(await client.next()).toEqual({ type: 'connection_error', payload: FUTURE_IAT });
    expect((await client.closed).code).toBe(4400);
  });

  it('acks a token issued now', async () => {
    const client = new RawClient(t.wsUrl, 'graphql-transport-ws');
    client.send({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${await token({ iat: now(), exp: now() + HOUR })}` } } });
    expect(await client.next()).toEqual({ type: 'connection_ack' });
    client.close();
  });
});

describe('allowed_skew', () => {
  async function verdict(skew: number | undefined, iatOffset: number): Promise<string> {
    const jwt = await parseJwtConfig(JSON.stringify({ type: 'HS256', key: JWT_KEY, ...(skew === undefined ? {} : { allowed_skew: skew }) }));
    try {
      await authenticate({ authorization: `Bearer ${await token({ iat: now() + iatOffset })}` }, { jwt });
      return 'accepted';
    } catch (error) {
      if (error instanceof AuthError) return `${error.code}: ${error.message}`;
      throw error;
    }
  }

  it("is zero by default (jose's default): an iat one minute ahead is refused", async () => {
    expect(await verdict(undefined, 60)).toBe(`invalid-jwt: ${FUTURE_IAT}`);
  });

  it('tolerates an iat up to allowed_skew seconds ahead, and refuses one beyond it', async () => {
    expect(await verdict(2 * HOUR, HOUR)).toBe('accepted');
    expect(await verdict(60, HOUR)).toBe(`invalid-jwt: ${FUTURE_IAT}`);
    // Hasura's jose uses the skew's absolute value.
    expect(await verdict(-2 * HOUR, HOUR)).toBe('accepted');
  });
});
