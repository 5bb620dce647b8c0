import { sql, type SQL } from '../sql/builder.js';
import type { TableInfo } from '../schema/catalog.js';
import { compileBoolExp } from '../permissions/compile-bool-exp.js';
import type { CompileContext } from './context.js';

/** A field value, or null in rows where the inherited role's parents that may see the field do not admit the row (Hasura's CASE WHEN per column). */
export function shownIn(ctx: CompileContext, table: TableInfo, name: string, value: SQL, alias: SQL, rowRef: SQL): SQL {
  const filter = ctx.fieldFilter(table, name);
  return filter ? sql`CASE WHEN ${compileBoolExp(filter, alias, alias, ctx, rowRef)} THEN ${value} ELSE NULL END` : value;
}
