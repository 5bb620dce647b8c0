import { sql, type RelationPin, type SQL } from '../sql/builder.js';
import type { FunctionModel } from '../introspection/model.js';
import type { ScalarInfo, TableInfo } from '../schema/catalog.js';
import { constParam } from './params.js';
import { PG } from './pg-types.js';

/** A table or view the statement reads (listed by `relationsOf`, so realtime knows what to watch), with what is proved about its rows. */
export function tableRef(table: TableInfo, pins?: readonly RelationPin[]): SQL {
  return sql.relation(table.schema, table.name, pins);
}

/** The Postgres type of a scalar, usable in a cast (`$1::"pg_catalog"."int4"`). */
export function typeRef(scalar: ScalarInfo): SQL {
  return sql.ident(scalar.pgType.schema, scalar.pgType.name);
}

export function arrayTypeRef(scalar: ScalarInfo): SQL {
  return sql`${typeRef(scalar)}[]`;
}

export function column(alias: SQL, name: string): SQL {
  return sql`${alias}.${sql.ident(name)}`;
}

/**
 * A function call with named arguments where every argument has a name (so defaulted arguments
 * in the middle may be left out), positional otherwise.
 */
export function functionCall(fn: FunctionModel, args: Map<number, SQL>): SQL {
  const name = sql.relation(fn.schema, fn.name);
  const named = fn.args.every((a) => a.name);
  if (named) {
    const parts = [...args.entries()].sort(([a], [b]) => a - b).map(([i, v]) => sql`${sql.ident(fn.args[i]!.name!)} => ${v}`);
    return sql`${name}(${sql.join(parts)})`;
  }
  const parts: SQL[] = [];
  for (let i = 0; i < fn.args.length; i++) {
    const v = args.get(i);
    if (!v) break;
    parts.push(v);
  }
  return sql`${name}(${sql.join(parts)})`;
}

/** Fresh aliases `_t0`, `_t1`, ... in compile order, so equal query shapes compile to equal SQL text. */
export class AliasGenerator {
  private next = 0;
  fresh(prefix: '_t' | '_r' | '_m' | '_e'): SQL {
    return sql.ident(`${prefix}${this.next++}`);
  }
}

/**
 * A JSON object with keys in the given order. json_build_object takes at most 100 arguments,
 * so wider objects are built with row_to_json over a one-row subquery with those column names.
 */
export function jsonObject(pairs: [string, SQL][], aliases: AliasGenerator): SQL {
  if (pairs.length === 0) return sql`json_build_object()`;
  if (pairs.length <= 50) {
    return sql`json_build_object(${sql.join(pairs.map(([k, v]) => sql`${constParam(k, PG.text)}, ${v}`))})`;
  }
  const e = aliases.fresh('_e');
  return sql`(SELECT row_to_json(${e}) FROM (SELECT ${sql.join(pairs.map(([k, v]) => sql`${v} AS ${sql.ident(k)}`))}) AS ${e})`;
}
