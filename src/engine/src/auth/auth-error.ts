/**
 * An authentication failure in Hasura's terms: the error code and message Hasura sends, and
 * the HTTP status it uses outside `/v1/graphql` (which always answers 200).
 */
export class AuthError extends Error {
  constructor(
    readonly code: 'access-denied' | 'invalid-jwt' | 'jwt-invalid-claims' | 'jwt-missing-role-claims' | 'invalid-headers' | 'bad-request',
    message: string,
    readonly status: 400 | 401 = 400,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
