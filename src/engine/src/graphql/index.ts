import type { GraphQLService, GraphQLServiceOptions } from './types.js';
import { createHasuraGraphQLService } from './service.js';

export type { GraphQLRequest, GraphQLResponse, GraphQLService, HasuraGraphQLError, GraphQLServiceOptions } from './types.js';
export { HasuraGraphQLService } from './service.js';
export { introspectDatabase } from '../introspection/index.js';

export function createGraphQLService(opts: GraphQLServiceOptions): Promise<GraphQLService> {
  return createHasuraGraphQLService(opts);
}
