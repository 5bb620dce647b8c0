import type { GraphQLService } from '../graphql/graphql-service.js';
import { graphqlError as errorOf, type GraphQLRequest, type GraphQLResponse, type HasuraGraphQLError } from '../graphql/types.js';

export type { GraphQLRequest, GraphQLResponse, HasuraGraphQLError };

/**
 * The slice of the GraphQL service the HTTP layer uses, so the server can be exercised with
 * any implementation (the real one is `createGraphQLService` in ../graphql).
 */
export type GraphQLExecutor = Pick<GraphQLService, 'execute'>;

/** A whole response made of one error. */
export function graphqlError(code: string, message: string, path = '$'): GraphQLResponse {
  return { errors: [errorOf(message, path, code)] };
}
