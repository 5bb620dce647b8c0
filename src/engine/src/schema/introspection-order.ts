import {
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLUnionType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLNamedType,
  type GraphQLType,
} from 'graphql';

/**
 * The schema as Hasura's introspection lists it: types, fields, arguments, input fields, enum
 * values, interfaces and possible types sorted by name (`sortOn dName` in its Introspect
 * module), by code point, where graphql-js keeps the order of definition. Only introspection
 * reads this copy; queries run against the schema they were planned on.
 */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedEntries = <V>(map: Record<string, V>): [string, V][] => Object.entries(map).sort(([a], [b]) => byName(a, b));

const sorted = new WeakMap<GraphQLSchema, GraphQLSchema>();

export function introspectionOrdered(schema: GraphQLSchema): GraphQLSchema {
  let copy = sorted.get(schema);
  if (!copy) {
    copy = sortSchema(schema);
    sorted.set(schema, copy);
  }
  return copy;
}

function sortSchema(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const named = new Map<string, GraphQLNamedType>();
  const ref = <T extends GraphQLType>(type: T): T => {
    if (isListType(type)) return new GraphQLList(ref(type.ofType)) as T;
    if (isNonNullType(type)) return new GraphQLNonNull(ref(type.ofType)) as T;
    return (named.get((type as GraphQLNamedType).name) ?? type) as T;
  };
  const args = (map: GraphQLFieldConfigArgumentMap | undefined) => map && Object.fromEntries(sortedEntries(map).map(([n, a]) => [n, { ...a, type: ref(a.type) }]));
  const fields = <S, C>(map: GraphQLFieldConfigMap<S, C>) => Object.fromEntries(sortedEntries(map).map(([n, f]) => [n, { ...f, type: ref(f.type), args: args(f.args) }]));
  const inputFields = (map: GraphQLInputFieldConfigMap) => Object.fromEntries(sortedEntries(map).map(([n, f]) => [n, { ...f, type: ref(f.type) }]));
  const sortNamed = (type: GraphQLNamedType): GraphQLNamedType => {
    if (isIntrospectionType(type)) return type;
    if (isObjectType(type)) {
      const c = type.toConfig();
      return new GraphQLObjectType({ ...c, interfaces: () => c.interfaces.map(ref).sort((a, b) => byName(a.name, b.name)), fields: () => fields(c.fields) });
    }
    if (isInterfaceType(type)) {
      const c = type.toConfig();
      return new GraphQLInterfaceType({ ...c, interfaces: () => c.interfaces.map(ref).sort((a, b) => byName(a.name, b.name)), fields: () => fields(c.fields) });
    }
    if (isUnionType(type)) {
      const c = type.toConfig();
      return new GraphQLUnionType({ ...c, types: () => c.types.map(ref).sort((a, b) => byName(a.name, b.name)) });
    }
    if (isEnumType(type)) {
      const c = type.toConfig();
      return new GraphQLEnumType({ ...c, values: Object.fromEntries(sortedEntries(c.values)) });
    }
    if (isInputObjectType(type)) {
      const c = type.toConfig();
      return new GraphQLInputObjectType({ ...c, fields: () => inputFields(c.fields) });
    }
    return type;
  };
  for (const type of [...config.types].sort((a, b) => byName(a.name, b.name))) named.set(type.name, sortNamed(type));
  return new GraphQLSchema({
    ...config,
    query: config.query && ref(config.query),
    mutation: config.mutation && ref(config.mutation),
    subscription: config.subscription && ref(config.subscription),
    types: [...named.values()],
    directives: config.directives.map(
      (d) => new GraphQLDirective({ ...d.toConfig(), args: Object.fromEntries(Object.entries(d.toConfig().args).map(([n, a]) => [n, { ...a, type: ref(a.type) }])) }),
    ),
  });
}
