/**
 * A sign-in failure with a sentence a person can act on. The dashboard signs in through the
 * engine's `login` Action (./login-action.ts); the auth function's REST route stays for others.
 */
export class LoginError extends Error {
  override name = 'LoginError';
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;
