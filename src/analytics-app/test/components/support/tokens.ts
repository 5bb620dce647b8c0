/** Unsigned JWT-shaped tokens for the browser side, which reads claims but never verifies. */
function base64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fakeToken(claims: { role: string; userId?: string; name?: string; exp?: number }): string {
  const payload = {
    sub: claims.userId ?? '00000000-0000-4000-8000-0000000ad111',
    name: claims.name ?? 'admin',
    ...(claims.exp !== undefined ? { exp: claims.exp } : {}),
    'https://hasura.io/jwt/claims': {
      'x-hasura-user-id': claims.userId ?? '00000000-0000-4000-8000-0000000ad111',
      'x-hasura-default-role': claims.role,
      'x-hasura-allowed-roles': [claims.role],
    },
  };
  return `${base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64Url(JSON.stringify(payload))}.signature`;
}
