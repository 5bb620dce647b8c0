import { GraphQLBoolean, GraphQLFloat, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLString, type GraphQLInputFieldConfigMap, type GraphQLInputType } from 'graphql';
import type { ScalarInfo } from './catalog.js';
import { namedScalar, scalarType } from './scalar-types.js';

/** Operators Hasura offers on text-like columns. */
export const TEXT_OPERATORS = ['_ilike', '_iregex', '_like', '_nilike', '_niregex', '_nlike', '_nregex', '_nsimilar', '_regex', '_similar'] as const;

const cache = new Map<string, GraphQLInputObjectType>();
const listOf = (t: GraphQLInputType) => new GraphQLList(new GraphQLNonNull(t));

function castType(name: string, targets: Record<string, () => GraphQLInputType>): GraphQLInputObjectType {
  let t = cache.get(name);
  if (!t) {
    t = new GraphQLInputObjectType({
      name,
      fields: () => Object.fromEntries(Object.entries(targets).map(([k, f]) => [k, { type: f() }])),
    });
    cache.set(name, t);
  }
  return t;
}

function dWithinInput(name: string, from: string, spheroid: boolean): GraphQLInputObjectType {
  let t = cache.get(name);
  if (!t) {
    const fields: GraphQLInputFieldConfigMap = {
      distance: { type: new GraphQLNonNull(GraphQLFloat) },
      from: { type: new GraphQLNonNull(namedScalar(from)) },
    };
    if (spheroid) fields.use_spheroid = { type: GraphQLBoolean, defaultValue: true };
    t = new GraphQLInputObjectType({ name, fields });
    cache.set(name, t);
  }
  return t;
}

const STRING_INFO = { gqlName: 'String', family: 'string', isArray: false } as ScalarInfo;

/** `<scalar>_comparison_exp`: the operators a column of this scalar type can be filtered with. */
export function comparisonExpType(info: Pick<ScalarInfo, 'gqlName' | 'family' | 'isArray' | 'enumValues'>): GraphQLInputObjectType {
  const name = `${info.gqlName}_comparison_exp`;
  const cacheKey = info.enumValues ? `${name}:${JSON.stringify(info.enumValues)}` : name;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const scalar = scalarType(info as ScalarInfo);
  if (info.enumValues) {
    // Enum columns compare by equality only (Hasura's `<t>_enum_comparison_exp`).
    const type = new GraphQLInputObjectType({
      name,
      fields: {
        _eq: { type: scalar },
        _in: { type: listOf(scalar) },
        _is_null: { type: GraphQLBoolean },
        _neq: { type: scalar },
        _nin: { type: listOf(scalar) },
      },
    });
    cache.set(cacheKey, type);
    return type;
  }
  const type = new GraphQLInputObjectType({
    name,
    description: `Boolean expression to compare columns of type "${info.gqlName}". All fields are combined with logical 'AND'.`,
    fields: () => {
      const fields: GraphQLInputFieldConfigMap = {
        _eq: { type: scalar },
        _gt: { type: scalar },
        _gte: { type: scalar },
        _in: { type: listOf(scalar) },
        _is_null: { type: GraphQLBoolean },
        _lt: { type: scalar },
        _lte: { type: scalar },
        _neq: { type: scalar },
        _nin: { type: listOf(scalar) },
      };
      if (info.family === 'string') for (const op of TEXT_OPERATORS) fields[op] = { type: scalar };
      if (info.family === 'jsonb') {
        fields._cast = { type: castType('jsonb_cast_exp', { String: () => comparisonExpType(STRING_INFO) }) };
        fields._contained_in = { type: scalar };
        fields._contains = { type: scalar };
        fields._has_key = { type: GraphQLString };
        fields._has_keys_all = { type: listOf(GraphQLString) };
        fields._has_keys_any = { type: listOf(GraphQLString) };
      }
      if (info.family === 'geometry') {
        fields._cast = { type: castType('geometry_cast_exp', { geography: () => comparisonExpType({ gqlName: 'geography', family: 'geography', isArray: false }) }) };
        for (const op of ['_st_3d_intersects', '_st_contains', '_st_crosses', '_st_equals', '_st_intersects', '_st_overlaps', '_st_touches', '_st_within']) {
          fields[op] = { type: scalar };
        }
        fields._st_3d_d_within = { type: dWithinInput('st_d_within_input', 'geometry', false) };
        fields._st_d_within = { type: dWithinInput('st_d_within_input', 'geometry', false) };
      }
      if (info.family === 'geography') {
        fields._cast = { type: castType('geography_cast_exp', { geometry: () => comparisonExpType({ gqlName: 'geometry', family: 'geometry', isArray: false }) }) };
        fields._st_d_within = { type: dWithinInput('st_d_within_geography_input', 'geography', true) };
        fields._st_intersects = { type: scalar };
      }
      if (info.family === 'ltree') {
        fields._ancestor = { type: scalar };
        fields._ancestor_any = { type: listOf(scalar) };
        fields._descendant = { type: scalar };
        fields._descendant_any = { type: listOf(scalar) };
        fields._matches = { type: namedScalar('lquery') };
        fields._matches_any = { type: listOf(GraphQLString) };
        fields._matches_fulltext = { type: namedScalar('ltxtquery') };
      }
      return fields;
    },
  });
  cache.set(name, type);
  return type;
}
