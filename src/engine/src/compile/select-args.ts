import type { GraphQLField } from 'graphql';
import type { SQL } from '../sql/builder.js';
import type { ColumnInfo, TableInfo } from '../schema/catalog.js';
import { outputMeaning } from '../schema/extensions.js';
import type { BoolExpIR } from '../permissions/bool-exp-ir.js';
import type { CompileContext } from './context.js';
import { plainValue, type InputValue } from './input-values.js';
import { orderByItems, type OrderItem } from './order-by.js';
import { countLiteral, param } from './params.js';
import { PG } from './pg-types.js';
import type { CollectedField } from './selection.js';
import { ValidationError } from './errors.js';
import { whereToIR } from './where.js';

/** The arguments every row selection takes: where, order_by, limit, offset, distinct_on. */
export interface SelectArgs {
  where: BoolExpIR;
  orderBy: OrderItem[];
  limit: SQL | null;
  offset: SQL | null;
  distinctOn: ColumnInfo[];
}

export function noArgs(): SelectArgs {
  return { where: { kind: 'true' }, orderBy: [], limit: null, offset: null, distinctOn: [] };
}

export const NEGATIVE_INT_MESSAGE = "expected a non-negative 32-bit integer for type 'Int', but found an integer";

function nonNegativeInt(ctx: CompileContext, value: InputValue | undefined, path: string): SQL | null {
  if (!value || value.kind !== 'leaf') return null;
  if (value.source.kind === 'const') {
    const n = Number(value.source.value);
    if (!Number.isInteger(n) || n < 0) throw new ValidationError(NEGATIVE_INT_MESSAGE, path);
    return countLiteral(n);
  }
  if (value.source.kind === 'var') ctx.nonNegativeVariables.push({ name: value.source.name, path });
  return param(value.source, PG.bigint);
}

/** The table a field selects rows from. */
function selectedTable(def: GraphQLField<unknown, unknown>): TableInfo | undefined {
  const m = outputMeaning(def);
  if (!m) return undefined;
  if (m.kind === 'array_rel' || m.kind === 'array_rel_aggregate' || m.kind === 'object_rel') return m.rel.target;
  if (m.kind === 'computed_table' || m.kind === 'root' || m.kind === 'root_function') return m.table;
  return undefined;
}

export function readSelectArgs(ctx: CompileContext, field: CollectedField, args: Map<string, InputValue>, path: string): SelectArgs {
  const def = field.def!;
  const argType = (name: string) => def.args.find((a) => a.name === name)!.type;
  const where = args.has('where') ? whereToIR(args.get('where'), argType('where'), `${path}.args.where`) : { kind: 'true' as const };
  const orderBy = args.has('order_by') ? orderByItems(args.get('order_by'), argType('order_by'), `${path}.args.order_by`) : [];
  const distinctValue = args.get('distinct_on');
  if (distinctValue?.kind === 'leaf' && distinctValue.source.kind === 'var') ctx.shaped(distinctValue.source.name);
  const distinctNames = (plainValue(distinctValue) as string[] | null | undefined) ?? [];
  const table = selectedTable(def);
  const distinctOn = distinctNames.map((n) => table?.columnsByName.get(n)).filter((c): c is ColumnInfo => c !== undefined);
  if (distinctOn.length > 0 && orderBy.length > 0) {
    const leading = orderBy.slice(0, distinctOn.length);
    const matches = leading.length === distinctOn.length && leading.every((o) => o.target.kind === 'column' && distinctOn.includes(o.target.column));
    if (!matches) throw new ValidationError('"distinct_on" columns must match initial "order_by" columns', `${path}.args`);
  }
  return {
    where,
    orderBy,
    distinctOn,
    limit: nonNegativeInt(ctx, args.get('limit'), `${path}.args.limit`),
    offset: nonNegativeInt(ctx, args.get('offset'), `${path}.args.offset`),
  };
}
