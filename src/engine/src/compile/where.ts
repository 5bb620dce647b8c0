import { GraphQLInputObjectType, getNamedType, type GraphQLInputType } from 'graphql';
import type { ScalarInfo } from '../schema/catalog.js';
import { inputMeaning } from '../schema/extensions.js';
import { and, TRUE, type BoolExpIR, type ComparisonIR, type Operand } from '../permissions/bool-exp-ir.js';
import { plainValue, type InputValue } from './input-values.js';
import { ValidationError } from './errors.js';

/** The `where` argument (a `<t>_bool_exp` value) as BoolExpIR. */
export function whereToIR(value: InputValue | undefined, type: GraphQLInputType, path: string): BoolExpIR {
  if (!value || value.kind !== 'object') return TRUE;
  const inputType = getNamedType(type) as GraphQLInputObjectType;
  const fields = inputType.getFields();
  const items: BoolExpIR[] = [];
  for (const [name, v] of value.fields) {
    const fieldPath = `${path}.${name}`;
    if (v.kind === 'null') continue;
    if (name === '_and' || name === '_or') {
      const list = v.kind === 'list' ? v.items : [v];
      const parts = list.map((item, i) => whereToIR(item, inputType, `${fieldPath}[${i}]`));
      items.push(name === '_and' ? and(parts) : { kind: 'or', items: parts });
      continue;
    }
    if (name === '_not') {
      items.push({ kind: 'not', item: whereToIR(v, inputType, fieldPath) });
      continue;
    }
    const field = fields[name]!;
    const meaning = inputMeaning(field);
    switch (meaning?.kind) {
      case 'column':
        items.push({ kind: 'column', column: meaning.column, ops: comparisonsToIR(v, field.type, fieldPath) });
        break;
      case 'computed_scalar':
        if (meaning.cf.returns.kind === 'scalar') items.push({ kind: 'computed_scalar', cf: meaning.cf, ops: comparisonsToIR(v, field.type, fieldPath) });
        break;
      case 'object_rel':
      case 'array_rel':
        items.push({ kind: 'relationship', rel: meaning.rel, where: whereToIR(v, field.type, fieldPath), applyTargetPermission: true });
        break;
      case 'computed_table':
        if (meaning.cf.returns.kind === 'table') {
          items.push({ kind: 'computed_table', cf: meaning.cf, table: meaning.cf.returns.table, where: whereToIR(v, field.type, fieldPath), applyTargetPermission: true });
        }
        break;
      case 'array_rel_aggregate': {
        const countType = (getNamedType(field.type) as GraphQLInputObjectType).getFields().count!.type;
        const count = v.kind === 'object' ? v.fields.find(([k]) => k === 'count')?.[1] : undefined;
        if (!count || count.kind !== 'object') break;
        const countFields = (getNamedType(countType) as GraphQLInputObjectType).getFields();
        const get = (k: string) => count.fields.find(([n]) => n === k)?.[1];
        const columnNames = (plainValue(get('arguments')) as string[] | null) ?? [];
        const predicate = get('predicate');
        const filter = get('filter');
        items.push({
          kind: 'aggregate_count',
          rel: meaning.rel,
          columns: columnNames.map((c) => meaning.rel.target.columnsByName.get(c)!).filter(Boolean),
          distinct: plainValue(get('distinct')) === true,
          filter: filter ? whereToIR(filter, countFields.filter!.type, `${fieldPath}.count.filter`) : null,
          predicate: predicate ? comparisonsToIR(predicate, countFields.predicate!.type, `${fieldPath}.count.predicate`) : [],
          applyTargetPermission: true,
        });
        break;
      }
      default:
        throw new ValidationError(`field '${name}' not found in type: '${inputType.name}'`, fieldPath);
    }
  }
  return and(items);
}

function leafOperand(v: InputValue, path: string): Operand {
  if (v.kind === 'leaf') return { kind: 'param', source: v.source };
  if (v.kind === 'enum') return { kind: 'param', source: v.fromVariable ? { kind: 'const', value: v.value, fromVariable: true } : { kind: 'const', value: v.value } };
  if (v.kind === 'list') return { kind: 'param', source: { kind: 'const', value: plainValue(v) } };
  throw new ValidationError('expected a value', path);
}

function comparisonsToIR(value: InputValue, type: GraphQLInputType, path: string): ComparisonIR[] {
  if (value.kind !== 'object') return [];
  const fields = (getNamedType(type) as GraphQLInputObjectType).getFields();
  const ops: ComparisonIR[] = [];
  for (const [op, v] of value.fields) {
    // Hasura v2 ignores comparisons with null (the v1 "boolean null collapse").
    if (v.kind === 'null') continue;
    if (op === '_cast') {
      if (v.kind !== 'object') continue;
      const castFields = (getNamedType(fields._cast!.type) as GraphQLInputObjectType).getFields();
      for (const [target, inner] of v.fields) {
        const targetScalar = castTargetScalar(target);
        ops.push({ op, value: { kind: 'cast', scalar: targetScalar, ops: comparisonsToIR(inner, castFields[target]!.type, `${path}._cast.${target}`) } });
      }
      continue;
    }
    if (op === '_st_d_within' || op === '_st_3d_d_within') {
      if (v.kind !== 'object') continue;
      const get = (k: string) => v.fields.find(([n]) => n === k)?.[1];
      const spheroid = get('use_spheroid');
      ops.push({
        op,
        value: {
          kind: 'd_within',
          distance: leafOperand(get('distance')!, path),
          from: leafOperand(get('from')!, path),
          useSpheroid: spheroid && spheroid.kind !== 'null' ? leafOperand(spheroid, path) : null,
        },
      });
      continue;
    }
    ops.push({ op, value: leafOperand(v, `${path}.${op}`) });
  }
  return ops;
}

const CAST_TARGETS: Record<string, ScalarInfo> = {
  String: scalarNamed('String', 'text', 'string'),
  geography: scalarNamed('geography', 'geography', 'geography', 'public'),
  geometry: scalarNamed('geometry', 'geometry', 'geometry', 'public'),
};

function scalarNamed(gqlName: string, pgName: string, family: ScalarInfo['family'], schema = 'pg_catalog'): ScalarInfo {
  const t = { oid: 0, schema, name: pgName, kind: 'b', category: 'U', elementOid: null, baseOid: null, enumValues: null };
  return { gqlName, pgType: t, baseType: t, isArray: false, family };
}

function castTargetScalar(name: string): ScalarInfo {
  return CAST_TARGETS[name] ?? CAST_TARGETS.String!;
}
