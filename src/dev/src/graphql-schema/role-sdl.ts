import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';

/**
 * A role's schema as SDL, sorted by name: the file then changes only when the schema does,
 * not when the engine happens to build its types in another order.
 */
export function sdlOf(introspection: IntrospectionQuery): string {
  return `${printSchema(lexicographicSortSchema(buildClientSchema(introspection)))}\n`;
}

/**
 * What `role` sees, asked as any client would: introspection over HTTP, with the admin
 * secret and `x-hasura-role` (how Hasura lets an admin look at a role's schema). So the same
 * call works against real Hasura.
 */
export async function introspectRole(graphqlUrl: string, adminSecret: string, role: string): Promise<IntrospectionQuery> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': adminSecret, 'x-hasura-role': role },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(`introspection as ${role} failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}
