import { Kind, type FieldNode, type GraphQLField, type ObjectValueNode, type ValueNode } from 'graphql';
import type { Param } from '../compile/params.js';
import type { ColumnInfo, TableInfo } from '../schema/catalog.js';
import { outputMeaning } from '../schema/extensions.js';
import { selectPermission } from '../schema/role-access.js';
import type { CohortTarget } from './plan-types.js';

type Source = { kind: 'var'; name: string } | { kind: 'session'; name: string };
interface Candidate {
  column: ColumnInfo;
  source: Source;
}

function kindOf(column: ColumnInfo): CohortTarget['kind'] | null {
  if (column.scalar.isArray) return null;
  const type = column.scalar.baseType.name;
  if (type === 'uuid') return 'uuid';
  if (type === 'int2' || type === 'int4' || type === 'int8') return 'int';
  if (type === 'text' || type === 'varchar') return 'text';
  return null;
}

/** `{col: {_eq: $v}}` conjuncts at the top of a GraphQL `where` literal (through `_and`). */
function whereCandidates(value: ValueNode | undefined, table: TableInfo, out: Candidate[]): void {
  if (!value || value.kind !== Kind.OBJECT) return;
  for (const field of (value as ObjectValueNode).fields) {
    const name = field.name.value;
    if (name === '_and') {
      const items = field.value.kind === Kind.LIST ? field.value.values : [field.value];
      for (const item of items) whereCandidates(item, table, out);
      continue;
    }
    const column = table.columns.find((c) => c.gqlName === name);
    if (!column || field.value.kind !== Kind.OBJECT) continue;
    const eq = field.value.fields.find((f) => f.name.value === '_eq');
    if (eq?.value.kind === Kind.VARIABLE) out.push({ column, source: { kind: 'var', name: eq.value.name.value } });
  }
}

/** `{col: {_eq: "X-Hasura-..."}}` (or the bare shorthand) conjuncts at the top of a permission filter. */
function permissionCandidates(filter: unknown, table: TableInfo, out: Candidate[]): void {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return;
  for (const [name, value] of Object.entries(filter as Record<string, unknown>)) {
    if (name === '_and') {
      for (const item of Array.isArray(value) ? value : [value]) permissionCandidates(item, table, out);
      continue;
    }
    const column = table.columnsByName.get(name);
    if (!column) continue;
    const operand = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)._eq : value;
    if (typeof operand === 'string' && /^x-hasura-/i.test(operand)) out.push({ column, source: { kind: 'session', name: operand.toLowerCase() } });
  }
}

/**
 * Proposes the cohort target of a single-root-field live query (see realtime/live/cohort-target.ts):
 * the primary key of `<t>_by_pk`, an `_eq` on a variable at the top of `where`, or an `_eq` on
 * a session variable at the top of the role's select permission. The poller accepts it only
 * after checking that the statement reads the table once and nothing else can see it.
 */
export function proposeTarget(root: FieldNode, definition: GraphQLField<unknown, unknown>, role: string, params: readonly unknown[]): CohortTarget | undefined {
  const meaning = outputMeaning(definition);
  if (meaning?.kind !== 'root' || !['select', 'select_by_pk', 'select_aggregate'].includes(meaning.root)) return undefined;
  const table = meaning.table;
  const candidates: Candidate[] = [];
  if (meaning.root === 'select_by_pk' && table.primaryKey?.length === 1) {
    const pk = table.primaryKey[0]!;
    const arg = root.arguments?.find((a) => a.name.value === pk.gqlName);
    if (arg?.value.kind === Kind.VARIABLE) candidates.push({ column: pk, source: { kind: 'var', name: arg.value.name.value } });
  }
  whereCandidates(root.arguments?.find((a) => a.name.value === 'where')?.value, table, candidates);
  permissionCandidates(selectPermission(table, role)?.filter, table, candidates);
  for (const { column, source } of candidates) {
    const kind = kindOf(column);
    if (!kind) continue;
    const valueIndex = (params as Param[]).findIndex((p) => p.source.kind === source.kind && (p.source as { name: string }).name === source.name);
    if (valueIndex < 0) continue;
    return { table: `${table.schema}.${table.name}`, column: column.name, valueIndex, kind };
  }
  return undefined;
}
