import type { Session } from '../auth/session.js';

/**
 * The slice of the GraphQL service the HTTP layer uses, written structurally so the server can
 * be exercised with any implementation (the real one is `createGraphQLService` in ../graphql).
 */
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

export interface GraphQLExecutor {
  execute(request: GraphQLRequest, session: Session): Promise<GraphQLResponse>;
}

export function graphqlError(code: string, message: string, path = '$'): GraphQLResponse {
  return { errors: [{ message, extensions: { path, code } }] };
}
