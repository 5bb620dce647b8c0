import { getNamedType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type StringValueNode, type ValueNode } from 'graphql';

/**
 * Hasura's column-value parsers accept a string where an Int, Float or Boolean is expected
 * (`c2_integer: "2147483647"`, `offset: "1"`); graphql-js does not. Before validation, such
 * string literals are rewritten to the literal they spell. `limit` stays strict, as in Hasura.
 */
export function relaxLiterals(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  let argumentName: string | null = null;
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          argumentName = node.name.value;
        },
        leave() {
          argumentName = null;
        },
      },
      StringValue(node: StringValueNode): ValueNode | undefined {
        const expected = typeInfo.getInputType();
        if (!expected || argumentName === 'limit') return undefined;
        const name = getNamedType(expected).name;
        const text = node.value.trim();
        if (name === 'Int' && /^-?\d+$/.test(text)) return { kind: Kind.INT, value: text };
        if (name === 'Float' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return { kind: Kind.FLOAT, value: text };
        if (name === 'Boolean' && /^(true|false)$/i.test(text)) return { kind: Kind.BOOLEAN, value: text.toLowerCase() === 'true' };
        return undefined;
      },
    }),
  );
}
