/** The GraphQL request, response and error shapes (Hasura's), shared by every layer of the engine. */

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface HasuraGraphQLError {
  message: string;
  extensions: { path: string; code: string; internal?: unknown };
}

export interface GraphQLResponse {
  data?: unknown;
  errors?: HasuraGraphQLError[];
}

export function graphqlError(message: string, path: string, code: string, internal?: unknown): HasuraGraphQLError {
  return internal === undefined ? { message, extensions: { path, code } } : { message, extensions: { path, code, internal } };
}
