import { getNamedType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import type { ColumnInfo, RelationshipInfo, TableInfo } from '../schema/catalog.js';
import { inputMeaning } from '../schema/extensions.js';
import { isSessionVariable } from '../permissions/permission-filter.js';
import { compileBoolExp } from '../permissions/compile-bool-exp.js';
import { and, type BoolExpIR } from '../permissions/bool-exp-ir.js';
import type { CompileContext } from './context.js';
import { objectField, plainValue, type InputValue } from './input-values.js';
import { param, type ParamSource } from './params.js';
import { PG } from './pg-types.js';
import { typeRef } from './sql-helpers.js';
import { whereToIR } from './where.js';
import { CompileError, ValidationError } from './errors.js';
import { geoJsonProblem } from './geojson-check.js';
import { scientificText } from './numeric-literal.js';

/**
 * A literal for a `numeric` column as Hasura writes it (`-1.0e-30`, `5.0`), since that text
 * sets the scale Postgres keeps; other values and variables bound later are left as they are.
 */
export function decimalSource(column: ColumnInfo, source: ParamSource): ParamSource {
  if (column.scalar.baseType.name !== 'numeric' || column.scalar.isArray || source.kind !== 'const') return source;
  const value = source.value;
  if (typeof value !== 'string' && typeof value !== 'number') return source;
  const text = scientificText(String(value));
  return text === undefined ? source : { kind: 'const', value: text };
}

/** A value written to a column, cast to the column's type. */
export function columnValue(column: ColumnInfo, raw: ParamSource | null): SQL {
  if (!raw) return sql`NULL`;
  const source = decimalSource(column, raw);
  const encoding = column.scalar.family === 'json' || column.scalar.family === 'jsonb' ? 'json' : 'plain';
  if (column.scalar.family === 'geometry') return sql`ST_GeomFromGeoJSON(${param(source, PG.text, encoding)})`;
  if (column.scalar.family === 'geography') return sql`ST_GeomFromGeoJSON(${param(source, PG.text, encoding)})::geography`;
  return param(source, typeRef(column.scalar), encoding);
}

/** Column presets of an insert/update permission: literals or session variables. */
export function presetValues(table: TableInfo, set: Record<string, unknown>): Map<string, SQL> {
  const values = new Map<string, SQL>();
  for (const [name, value] of Object.entries(set)) {
    const column = table.columnsByName.get(name);
    if (!column) continue;
    const source: ParamSource = isSessionVariable(value) ? { kind: 'session', name: value.toLowerCase() } : { kind: 'const', value };
    values.set(name, columnValue(column, value === null ? null : source));
  }
  return values;
}

export function leafSource(value: InputValue): ParamSource | null {
  if (value.kind === 'leaf') return value.source;
  if (value.kind === 'enum') return { kind: 'const', value: value.value };
  if (value.kind === 'null') return null;
  return { kind: 'const', value: plainValue(value) };
}

export interface InsertObject {
  table: TableInfo;
  columns: Map<string, SQL>;
  /** The object relationships whose row is written first (this row holds the key). */
  parents: { rel: RelationshipInfo; data: InsertObject; onConflict: InputValue | undefined; type: GraphQLInputType; path: string }[];
  /** Array relationships and object relationships whose row holds the key to this one. */
  children: { rel: RelationshipInfo; data: InsertObject[]; onConflict: InputValue | undefined; type: GraphQLInputType }[];
}

/** Reads one `<t>_insert_input` object; `path` is where it sits in the arguments (for errors). */
export function readInsertObject(value: InputValue, type: GraphQLInputType, table: TableInfo, path: string): InsertObject {
  const result: InsertObject = { table, columns: new Map(), parents: [], children: [] };
  if (value.kind !== 'object') return result;
  const fields = (getNamedType(type) as GraphQLInputObjectType).getFields();
  for (const [name, v] of value.fields) {
    const field = fields[name];
    const meaning = field && inputMeaning(field);
    if (!field || !meaning) continue;
    if (meaning.kind === 'column') {
      const family = meaning.column.scalar.family;
      const problem = (family === 'geometry' || family === 'geography') && v.kind === 'leaf' ? geoJsonProblem(v.value) : undefined;
      if (problem) throw new CompileError(problem, `${path}.${name}`, 'parse-failed');
      result.columns.set(meaning.column.name, columnValue(meaning.column, leafSource(v)));
    } else if (meaning.kind === 'object_rel' || meaning.kind === 'array_rel') {
      if (v.kind !== 'object') continue;
      const relType = getNamedType(field.type) as GraphQLInputObjectType;
      const dataType = relType.getFields().data!.type;
      const data = objectField(v, 'data');
      const onConflict = objectField(v, 'on_conflict');
      const rel = meaning.rel;
      const dataItems = data?.kind === 'list' ? data.items : data ? [data] : [];
      const dataPath = `${path}.${name}.data`;
      const objects = dataItems.map((d, i) => readInsertObject(d, dataType, rel.target, data?.kind === 'list' ? `${dataPath}[${i}]` : dataPath));
      if (!(meaning.kind === 'object_rel' && rel.sourceHoldsKey)) {
        objects.forEach((o, i) => {
          const determined = rel.mapping.map(([, t]) => t).filter((t) => o.columns.has(t));
          if (determined.length > 0) {
            throw new ValidationError(
              `cannot insert ${determined.map((d) => `"${d}"`).join(', ')} columns as their values are already being determined by parent insert`,
              data?.kind === 'list' ? `${dataPath}[${i}]` : dataPath,
            );
          }
        });
      }
      const conflictType = relType.getFields().on_conflict?.type ?? dataType;
      if (meaning.kind === 'object_rel' && rel.sourceHoldsKey) {
        if (objects[0]) result.parents.push({ rel, data: objects[0], onConflict, type: conflictType, path: `${path}.${name}` });
      } else {
        result.children.push({ rel, data: objects, onConflict, type: conflictType });
      }
    }
  }
  for (const parent of result.parents) {
    const determined = parent.rel.mapping.map(([s]) => s).filter((s) => result.columns.has(s));
    if (determined.length > 0) {
      throw new ValidationError(
        `cannot insert object relationship "${parent.rel.name}" as ${determined.map((d) => `"${d}"`).join(', ')} column values are already determined`,
        parent.path,
      );
    }
  }
  return result;
}

export function hasNested(objects: InsertObject[]): boolean {
  return objects.some((o) => o.parents.length > 0 || o.children.length > 0);
}

/** `ON CONFLICT ...` for an insert into `alias`, with the role's update filter and presets. */
export function onConflictClause(
  ctx: CompileContext,
  table: TableInfo,
  value: InputValue | undefined,
  type: GraphQLInputType,
  alias: SQL,
  path: string,
  updateFilter: BoolExpIR | null,
  updatePresets: Map<string, SQL>,
): SQL {
  if (!value || value.kind !== 'object') return sql``;
  const constraint = objectField(value, 'constraint');
  const constraintName = String(constraint?.kind === 'enum' ? constraint.value : plainValue(constraint));
  const updateColumns = ((plainValue(objectField(value, 'update_columns')) as string[] | null) ?? []).map(String);
  const whereValue = objectField(value, 'where');
  const conflictType = getNamedType(type) as GraphQLInputObjectType;
  if (updateColumns.includes('_PLACEHOLDER')) throw new ValidationError('erroneous column name', `${path.replace(/\.args\.objects?$/, '')}.args.on_conflict`);
  const target = sql`ON CONFLICT ON CONSTRAINT ${sql.ident(constraintName)}`;
  if (updateColumns.length === 0 && updatePresets.size === 0) return sql` ${target} DO NOTHING`;
  const sets = updateColumns.map((c) => sql`${sql.ident(c)} = EXCLUDED.${sql.ident(c)}`);
  for (const [name, v] of updatePresets) sets.push(sql`${sql.ident(name)} = ${v}`);
  const where = and([updateFilter ?? { kind: 'true' }, whereValue ? whereToIR(whereValue, conflictType.getFields().where!.type, `${path}.on_conflict.where`) : { kind: 'true' }]);
  const whereSql = where.kind === 'true' ? sql`` : sql` WHERE ${compileBoolExp(where, alias, alias, ctx)}`;
  return sql` ${target} DO UPDATE SET ${sql.join(sets)}${whereSql}`;
}
