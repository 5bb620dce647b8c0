export { SchemaCache, type SchemaCacheConfig } from './schema-cache.js';
export type { SchemaVersion } from './schema-version.js';
export type { CohortTarget, PlanOptions, RequestPlan, StreamCursor, TableOccurrence } from './plan-types.js';
export { StreamArgumentError } from './stream-rewrite.js';
export { bindForCohort } from './cohort-binding.js';
export { tableDependenciesOf, TableDependencies, tableKey, type TableName } from './table-dependencies.js';
export type { TableColumn } from './table-columns.js';
