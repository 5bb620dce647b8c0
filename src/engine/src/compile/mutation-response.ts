import { getNamedType, type GraphQLObjectType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { TableInfo } from '../schema/catalog.js';
import { outputMeaning } from '../schema/extensions.js';
import type { CompileContext } from './context.js';
import { constParam } from './params.js';
import { PG } from './pg-types.js';
import type { RowSource } from './row-source.js';
import { noArgs } from './select-args.js';
import { selectOne, selectRows } from './select.js';
import { collectFields, subSelections, type CollectedField } from './selection.js';
import { column, jsonObject } from './sql-helpers.js';

/**
 * Rows a mutation wrote, read back from its CTE. Computed fields need a value of the table's
 * row type, so the row is rebuilt from its columns (the CTE also carries helper columns).
 */
export function cteSource(table: TableInfo, cte: SQL): RowSource {
  return {
    // Hasura returns every written row; the select permission limits columns, not rows.
    table,
    from: cte,
    joins: () => [],
    applyPermission: false,
    // A cast to the table's row type, not a read of the table: an identifier, not a relation.
    rowRef: (alias) => sql`ROW(${sql.join(table.columns.map((c) => column(alias, c.name)))})::${sql.ident(table.schema, table.name)}`,
  };
}

/** `<t>_mutation_response { affected_rows returning }` over the rows in `cte`. */
export function mutationResponse(ctx: CompileContext, field: CollectedField, table: TableInfo, cte: SQL, affectedRows: SQL | null, path: string): SQL {
  const type = getNamedType(field.def!.type) as GraphQLObjectType;
  const pairs: [string, SQL][] = [];
  for (const f of collectFields(ctx, type, subSelections(field))) {
    const m = f.def && outputMeaning(f.def);
    if (!f.def) pairs.push([f.key, constParam(type.name, PG.text)]);
    else if (m?.kind === 'affected_rows') pairs.push([f.key, affectedRows ?? sql`(SELECT count(*) FROM ${cte})`]);
    else if (m?.kind === 'returning') {
      const rowType = getNamedType(f.def.type) as GraphQLObjectType;
      pairs.push([f.key, selectRows(ctx, cteSource(table, cte), noArgs(), collectFields(ctx, rowType, subSelections(f)), rowType, `${path}.selectionSet.${f.key}`)]);
    }
  }
  return jsonObject(pairs, ctx.aliases);
}

/** The single row a `_by_pk`/`_one` mutation returns, or null. */
export function mutationRow(ctx: CompileContext, field: CollectedField, table: TableInfo, cte: SQL, path: string): SQL {
  const type = getNamedType(field.def!.type) as GraphQLObjectType;
  return selectOne(ctx, cteSource(table, cte), noArgs(), collectFields(ctx, type, subSelections(field)), type, path);
}

/** `SELECT <data>, <all checks passed>` after the CTEs. */
export function checkedResult(data: SQL, cte: SQL, hasCheck: boolean): SQL {
  const ok = hasCheck ? sql`(SELECT coalesce(bool_and("__check"), true) FROM ${cte})` : sql`true`;
  return sql`SELECT ${data} AS "data", ${ok} AS "ok"`;
}
