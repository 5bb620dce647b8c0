import { getNamedType, getNullableType, GraphQLList, GraphQLObjectType } from 'graphql';
import { sql, type SQL } from '../sql/builder.js';
import { outputMeaning } from '../schema/extensions.js';
import type { CompileContext } from './context.js';
import { constParam } from './params.js';
import { PG } from './pg-types.js';
import { tableSource } from './row-source.js';
import { noArgs, readSelectArgs } from './select-args.js';
import { selectOne, selectRows } from './select.js';
import { collectFields, fieldArgs, subSelections, type CollectedField } from './selection.js';
import { column, jsonObject, typeRef } from './sql-helpers.js';
import { ValidationError } from './errors.js';

/**
 * An action's output shaped by the selection set in SQL, from the handler's JSON (`payload`, a
 * jsonb expression), as Hasura's processOutputSelectionSet does with jsonb_to_record: fields are
 * read from the JSON, relationships select from their tables with the role's permissions, joined
 * on the output's fields cast to the columns' types.
 */
export function actionOutputJson(ctx: CompileContext, payload: SQL, type: GraphQLObjectType, isList: boolean, fields: CollectedField[], path: string): SQL {
  if (!isList) return objectJson(ctx, payload, type, fields, path);
  const e = ctx.aliases.fresh('_e');
  const element = sql`${e}."value"`;
  return sql`(CASE WHEN jsonb_typeof(${payload}) = 'array' THEN (SELECT coalesce(json_agg(${objectJson(ctx, element, type, fields, path)}), '[]'::json) FROM jsonb_array_elements(${payload}) AS ${e}) END)`;
}

function objectJson(ctx: CompileContext, payload: SQL, type: GraphQLObjectType, fields: CollectedField[], path: string): SQL {
  const pairs: [string, SQL][] = fields.map((f) => [f.key, fieldJson(ctx, payload, type, f, `${path}.selectionSet.${f.key}`)]);
  return sql`(CASE WHEN jsonb_typeof(${payload}) = 'object' THEN ${jsonObject(pairs, ctx.aliases)} END)`;
}

function fieldJson(ctx: CompileContext, payload: SQL, type: GraphQLObjectType, f: CollectedField, path: string): SQL {
  if (!f.def) return constParam(type.name, PG.text);
  const m = outputMeaning(f.def);
  const named = getNamedType(f.def.type);
  const sub = () => collectFields(ctx, named as GraphQLObjectType, subSelections(f));
  switch (m?.kind) {
    case 'action_output_field': {
      const value = sql`(${payload} -> ${constParam(m.name, PG.text)})`;
      if (!(named instanceof GraphQLObjectType)) return value;
      // A nested custom object (or a list of them) is shaped like the output itself.
      return actionOutputJson(ctx, value, named, getNullableType(f.def.type) instanceof GraphQLList, sub(), path);
    }
    case 'action_output_rel': {
      const { rel } = m;
      const joins = (alias: SQL) => rel.mapping.map(([field, col]) => sql`${column(alias, col.name)} = (${payload} ->> ${constParam(field, PG.text)})::${typeRef(col.scalar)}`);
      const source = tableSource(rel.target, joins);
      if (rel.kind === 'object') return selectOne(ctx, source, noArgs(), sub(), named as GraphQLObjectType, path);
      return selectRows(ctx, source, readSelectArgs(ctx, f, fieldArgs(ctx, f), path), sub(), named as GraphQLObjectType, path);
    }
    default:
      throw new ValidationError(`field '${f.name}' not found in type: '${type.name}'`, path);
  }
}
