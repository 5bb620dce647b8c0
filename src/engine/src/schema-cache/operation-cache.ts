import type { GraphQLSchema } from 'graphql';
import type { ApiLimits } from '../limits/limits-config.js';
import { prepareOperation, type Prepared } from '../execute/prepare.js';
import type { QueryPlan } from '../execute/plans.js';
import { LruCache } from '../execute/prepared-cache.js';

export interface CachedOperation {
  prepared: Prepared;
  /** Set once a compile read no variable values: every later request only binds. */
  plan?: QueryPlan;
}

const CACHE_SIZE = 2000;

/** Parsed and validated operations per (role, backend_only, operation name, text), with their reusable plans. */
export class OperationCache {
  private readonly operations = new LruCache<CachedOperation>(CACHE_SIZE);

  constructor(private readonly maxDepth: number) {}

  get(schema: GraphQLSchema, role: string, backendOnly: boolean, query: string, operationName: string | null | undefined, limits: ApiLimits): CachedOperation {
    // Limits are per role, like the key: a cached refusal stays right.
    const key = `${role}\u0000${backendOnly ? 'b' : ''}\u0000${operationName ?? ''}\u0000${query}`;
    let cached = this.operations.get(key);
    if (!cached) {
      cached = { prepared: prepareOperation(schema, query, operationName, this.maxDepth, limits) };
      this.operations.set(key, cached);
    }
    return cached;
  }
}
