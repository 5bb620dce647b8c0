import type { GraphQLSchema } from 'graphql';
import type { Catalog } from '../schema/catalog.js';
import { buildRoleSchema } from '../schema/build-schema.js';

/** Each role's schema, built on first use from one catalog (with and without backend_only permissions). */
export class RoleSchemas {
  private readonly schemas = new Map<string, GraphQLSchema>();

  constructor(private readonly catalog: Catalog) {}

  get(role: string, backendOnly = false): GraphQLSchema {
    const key = backendOnly ? `${role}\u0000backend` : role;
    let schema = this.schemas.get(key);
    if (!schema) {
      schema = buildRoleSchema(this.catalog, role, { backendOnly });
      this.schemas.set(key, schema);
    }
    return schema;
  }
}
