import { CombinedGraphQLErrors } from '@apollo/client/errors';

// Turning errors from the engine (Hasura's error format: message + extensions.code) into
// sentences for people, and telling "the server said no" from "we never heard back".

export function graphqlErrorCodes(error: unknown): string[] {
  return CombinedGraphQLErrors.is(error) ? error.errors.map((e) => String(e.extensions?.['code'] ?? '')) : [];
}

export function isNetworkError(error: unknown): boolean {
  return !CombinedGraphQLErrors.is(error);
}

export function isUniquenessViolation(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => /uniqueness violation|duplicate key/i.test(e.message));
}

export function friendlyError(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (!error) return fallback;
  if (CombinedGraphQLErrors.is(error)) {
    const codes = graphqlErrorCodes(error);
    if (codes.includes('invalid-jwt')) return 'Your session has expired. Please log in again.';
    if (codes.includes('permission-error') || codes.includes('access-denied')) return 'You are not allowed to do that.';
    const first = error.errors[0]?.message;
    if (first && codes.includes('constraint-violation')) return `The server refused this: ${first.replace(/^.*?violation\.\s*/i, '')}`;
    return first ?? fallback;
  }
  return 'Cannot reach the server. Check your connection and try again.';
}
