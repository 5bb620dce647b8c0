import { checkTransformArgs } from '../../events/api/transform-args.js';
import { objectArg, optionalBool, optionalString, stringArg } from '../../metadata/args.js';
import { parseFailed } from '../../metadata/errors.js';
import type { ActionDefinition, CustomTypes } from '../../metadata/types.js';

/** The arguments of the action operations (`RQL/DDL/Action.hs`), with Hasura's parse errors. */
export function readDefinition(args: Record<string, unknown>): ActionDefinition {
  const value = args.definition;
  if (value === undefined || value === null) throw parseFailed('key "definition" not found');
  const def = objectArg(value, '$.args.definition');
  stringArg(def, 'handler', '$.args.definition');
  if (def.output_type === undefined) throw parseFailed('key "output_type" not found', '$.args.definition');
  const kind = optionalString(def, 'kind', '$.args.definition');
  if (kind !== undefined && kind !== 'synchronous' && kind !== 'asynchronous') {
    throw parseFailed(`unexpected action kind: ${kind}; expected one of synchronous, asynchronous`, '$.args.definition.kind');
  }
  const type = optionalString(def, 'type', '$.args.definition');
  if (type !== undefined && type !== 'mutation' && type !== 'query') throw parseFailed(`unexpected action type: ${type}`, '$.args.definition.type');
  if (kind === 'asynchronous' && type === 'query') throw parseFailed('Async action relationships are not supported for actions of type query', '$.args.definition');
  optionalBool(def, 'forward_client_headers', '$.args.definition');
  if (def.arguments !== undefined && def.arguments !== null && !Array.isArray(def.arguments)) throw parseFailed('expected Array', '$.args.definition.arguments');
  checkTransformArgs(def, '$.args.definition');
  return def as unknown as ActionDefinition;
}

export function readActionName(args: Record<string, unknown>): string {
  return stringArg(args, 'name');
}

export function readCustomTypes(raw: unknown): CustomTypes {
  const args = objectArg(raw);
  for (const key of ['scalars', 'enums', 'input_objects', 'objects']) {
    const list = args[key];
    if (list !== undefined && list !== null && !Array.isArray(list)) throw parseFailed('expected Array', `$.args.${key}`);
  }
  return args as CustomTypes;
}

export { objectArg, optionalBool, optionalString, stringArg };
