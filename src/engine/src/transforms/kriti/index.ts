/**
 * Kriti, the JSON templating language of Hasura's request and response transforms
 * (hasura/kriti-lang): `parseKriti` checks a template, `runKriti` evaluates it against bound
 * variables with the built-in functions plus any extra ones (Hasura adds `getSessionVariable`).
 */
import type { Json } from './ast.js';
import { evaluate } from './eval.js';
import { BUILTIN_FUNCTIONS, type KritiFunction } from './functions.js';
import { parseKriti } from './parser.js';

export type { Json } from './ast.js';
export { KritiError } from './errors.js';
export { escapeUri, sessionFunctions, type KritiFunction } from './functions.js';
export { parseKriti } from './parser.js';

export function runKriti(template: string, variables: Record<string, Json>, functions: Record<string, KritiFunction> = {}): Json {
  const root = parseKriti(template);
  return evaluate(root, { variables: new Map(Object.entries(variables)), functions: { ...BUILTIN_FUNCTIONS, ...functions } });
}
