import type { GraphQLService, GraphQLServiceOptions } from './graphql-service.js';
import { createHasuraGraphQLService } from './service.js';

export type { GraphQLRequest, GraphQLResponse, HasuraGraphQLError } from './types.js';
export type { GraphQLService, GraphQLServiceOptions } from './graphql-service.js';
export { HasuraGraphQLService } from './service.js';
export { introspectDatabase } from '../introspection/index.js';

export function createGraphQLService(opts: GraphQLServiceOptions): Promise<GraphQLService> {
  return createHasuraGraphQLService(opts);
}
