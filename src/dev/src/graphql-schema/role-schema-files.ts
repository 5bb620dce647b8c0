/**
 * The SDL files the apps are typed against: one per role an app's operations run as, because
 * Hasura serves each role its own schema (a customer's `orders` has `payments`, a kitchen's
 * has not). The order app merges its four for codegen and checks each operation against the
 * roles it runs as; the dashboard runs as `analyst`, and signs in as `anonymous` (the `login`
 * Action). Paths are from the repository root.
 */
export interface RoleSchemaFile {
  role: string;
  path: string;
}

export const ROLE_SCHEMA_FILES: readonly RoleSchemaFile[] = [
  { role: 'anonymous', path: 'src/order-app/graphql/anonymous.graphql' },
  { role: 'customer', path: 'src/order-app/graphql/customer.graphql' },
  { role: 'restaurant', path: 'src/order-app/graphql/restaurant.graphql' },
  { role: 'agent', path: 'src/order-app/graphql/agent.graphql' },
  { role: 'analyst', path: 'src/analytics-app/graphql/analyst.graphql' },
  { role: 'anonymous', path: 'src/analytics-app/graphql/anonymous.graphql' },
];
