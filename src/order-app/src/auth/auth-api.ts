// Sign-in errors as the login page shows them. The token comes from the engine's `login` and
// `signup` Actions (./use-request-token.ts), whose handler is the auth function; its REST routes
// (POST {authUrl}/login and /signup) stay for other clients.

export type AuthMode = 'login' | 'signup';

export class AuthError extends Error {
  constructor(
    message: string,
    /** The HTTP status the auth function answered with (0: it could not be reached). */
    readonly status: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
