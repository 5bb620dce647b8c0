/**
 * The auth function as the handler of Hasura's `signup` and `login` Actions
 * (hasura/metadata/actions.graphql): Hasura POSTs `{action: {name}, input, session_variables,
 * request_query}` to the same routes the REST clients use. The answer is the REST one in
 * Hasura's action form: the same `{token, user, expiresAt}` with a 2xx, or a 4xx
 * `{message, extensions: {code}}` that Hasura turns into a GraphQL error with that message.
 */
export type AuthRoute = 'login' | 'signup';

export interface ActionCall {
  route: AuthRoute;
  /** The action's arguments: `{username, password}`, read as the REST body is. */
  input: unknown;
}

/** A Hasura action payload for `signup` or `login`, or undefined for any other body (a REST request). */
export function actionCallOf(body: unknown): ActionCall | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { action, input } = body as { action?: { name?: unknown }; input?: unknown };
  if (!action || typeof action !== 'object' || input === undefined) return undefined;
  const name = action.name;
  if (name !== 'login' && name !== 'signup') return undefined;
  return { route: name, input };
}

/** An auth error as an action handler answers it (Hasura keeps `message`, and `extensions` as the GraphQL error's). */
export function actionErrorBody(code: string, message: string): { message: string; extensions: { code: string } } {
  return { message, extensions: { code } };
}
