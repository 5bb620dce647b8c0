import { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInt, GraphQLScalarType, GraphQLString, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';
import type { ScalarInfo } from './catalog.js';

/**
 * GraphQL scalars for Postgres types. Hasura's own scalars accept any JSON literal and leave
 * checking to Postgres (which answers with `data-exception`); numeric literals keep their exact
 * text so `bigint`/`numeric` values never pass through a double.
 */
const BUILT_IN: Record<string, GraphQLScalarType> = {
  Int: GraphQLInt,
  Float: GraphQLFloat,
  String: GraphQLString,
  Boolean: GraphQLBoolean,
};

function parseLiteralKeepingNumbers(node: ValueNode, variables?: Record<string, unknown> | null): unknown {
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return node.value;
  return valueFromASTUntyped(node, variables);
}

const cache = new Map<string, GraphQLScalarType>();

export function namedScalar(name: string): GraphQLScalarType {
  const builtIn = BUILT_IN[name];
  if (builtIn) return builtIn;
  let type = cache.get(name);
  if (!type) {
    type = new GraphQLScalarType({
      name,
      serialize: (v) => v,
      parseValue: (v) => v,
      parseLiteral: parseLiteralKeepingNumbers,
    });
    cache.set(name, type);
  }
  return type;
}

const enums = new Map<string, { type: GraphQLEnumType; key: string }>();

/** `<enum table>_enum`; rebuilt when the table's values change. */
function enumType(name: string, values: NonNullable<ScalarInfo['enumValues']>): GraphQLEnumType {
  const key = JSON.stringify(values);
  const cached = enums.get(name);
  if (cached && cached.key === key) return cached.type;
  const type = new GraphQLEnumType({
    name,
    values: Object.fromEntries(values.map((v) => [v.value, { value: v.value, description: v.description ?? undefined }])),
  });
  enums.set(name, { type, key });
  return type;
}

export function scalarType(info: ScalarInfo): GraphQLScalarType | GraphQLEnumType {
  if (info.enumValues) return enumType(info.gqlName, info.enumValues);
  return namedScalar(info.gqlName);
}
