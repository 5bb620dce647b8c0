import { Kind, type TypeNode, type VariableDefinitionNode } from 'graphql';

/** A value a request gives a variable: text from the path or the query string, or JSON from the body. */
export type RestArgument = { text: string } | { json: unknown };

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const BOOLEAN_TYPES = new Set(['Boolean', 'Bool']);
const NUMBER_TYPES = new Set(['Int', 'Float', 'Number', 'Double', 'float8', 'numeric']);

function namedType(type: TypeNode): { name: string; nullable: boolean } | null {
  if (type.kind === Kind.NON_NULL_TYPE) return type.type.kind === Kind.NAMED_TYPE ? { name: type.type.name.value, nullable: false } : null;
  return type.kind === Kind.NAMED_TYPE ? { name: type.name.value, nullable: true } : null;
}

/**
 * One text argument as its variable's value, as Hasura reads path and query-string values
 * (Server/Rest.hs `resolveVar`): a bare key of a Boolean variable is true; an empty value of a
 * nullable variable leaves it unset; `true`/`false` for a Boolean and a number for a numeric
 * type are read as JSON; anything else is the text itself. List variables take only JSON (the body).
 */
function textValue(name: string, definition: VariableDefinitionNode, text: string): { value: unknown } | { unset: true } | { error: string } {
  const type = namedType(definition.type);
  if (!type) return { error: `List variables are not currently supported in URL or Query parameters. (Variable ${name}, with value ${JSON.stringify(text)})` };
  if (BOOLEAN_TYPES.has(type.name) && text === '') return { value: true };
  if (type.nullable && text === '') return { unset: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: text };
  }
  if (typeof parsed === 'boolean' && BOOLEAN_TYPES.has(type.name)) return { value: parsed };
  if (typeof parsed === 'number' && NUMBER_TYPES.has(type.name)) return { value: parsed };
  return { value: text };
}

/**
 * The GraphQL variables of a RESTified request. `args` in the order Hasura joins them (query
 * string, then the JSON body's keys, then the path's variables): a later value for a name wins.
 * A variable the operation does not declare is refused; one declared but not given stays unset,
 * so GraphQL's own rules (a default, null, or "expecting a value") decide.
 */
export function restVariables(
  definitions: readonly VariableDefinitionNode[],
  args: readonly [string, RestArgument][],
): { ok: true; variables: Record<string, unknown> } | { ok: false; message: string } {
  // Names that cannot be GraphQL names are left out, as Hasura leaves them (`G.mkName`).
  const given = new Map(args.filter(([name]) => GRAPHQL_NAME.test(name)));
  const declared = new Map(definitions.map((d) => [d.variable.name.value, d]));
  const variables: Record<string, unknown> = {};
  for (const [name, argument] of given) {
    const definition = declared.get(name);
    if (!definition) return { ok: false, message: `Unexpected variable ${name}` };
    if ('json' in argument) {
      variables[name] = argument.json;
      continue;
    }
    const resolved = textValue(name, definition, argument.text);
    if ('error' in resolved) return { ok: false, message: resolved.error };
    if ('value' in resolved) variables[name] = resolved.value;
  }
  return { ok: true, variables };
}
