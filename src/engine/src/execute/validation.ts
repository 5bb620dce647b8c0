import type { ASTNode, GraphQLError } from 'graphql';
import type { HasuraGraphQLError } from '../graphql/types.js';
import { graphqlError } from '../graphql/types.js';

/** graphql-js messages reworded the way Hasura's own validator words them. */
const REWRITES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\./, (m) => `field '${m[1]}' not found in type: '${m[2]}'`],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"\./, (m) => `field '${m[1]}' not found in type: '${m[2]}'`],
  [/^Unknown argument "([^"]+)" on field "[^".]+\.([^"]+)"\./, (m) => `'${m[2]}' has no argument named '${m[1]}'`],
  [/^Field "[^"]+" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./, (m) => `missing required field '${m[1]}'`],
  [/^Field "[^".]+\.([^"]+)" of required type "[^"]+" was not provided\./, (m) => `missing required field '${m[1]}'`],
  [/^Unknown directive "@([^"]+)"\./, (m) => `directive "${m[1]}" is not defined in the schema`],
  [/^The directive "@([^"]+)" can only be used once at this location\./, (m) => `the following directives are used more than once: ${m[1]}`],
  [/^Directive "@([^"]+)" may not be used on (QUERY|MUTATION|SUBSCRIPTION)\./, (m) => `directive "${m[1]}" is not allowed on a ${m[2]!.toLowerCase()}`],
  [/^Int cannot represent non-integer value: "/, () => "expected a 32-bit integer for type 'Int', but found a string"],
  [
    /^Cannot spread fragment "([^"]+)" within itself(?: via ([^.]+))?\./,
    (m) => {
      const names = [
        m[1]!,
        ...(m[2] ?? '')
          .split(',')
          .map((s) => s.trim().replace(/^"|"$/g, ''))
          .filter(Boolean),
      ];
      return `the fragment definition(s) ${names.join(' and ')} form a cycle`;
    },
  ],
  [/^Unknown fragment "([^"]+)"\./, (m) => `fragment '${m[1]}' is not defined`],
  [/^Variable "\$([^"]+)" is not defined/, (m) => `unbound variable '${m[1]}'`],
  [/^Variable "\$([^"]+)" is never used/, (m) => `unexpected variables in variableValues: ${m[1]}`],
];

export function hasuraMessage(message: string): string {
  for (const [pattern, rewrite] of REWRITES) {
    const m = message.match(pattern);
    if (m) return rewrite(m);
  }
  return message;
}

/** A number as Haskell's Scientific shows it (`2.147483648e9`, `12.0`): how Hasura's messages print literals. */
export function scientificShow(literal: string): string {
  const negative = literal.startsWith('-');
  const digits = literal.replace(/^[-+]/, '').replace(/^0+(?=\d)/, '');
  if (Number(digits) < 1e7) return `${negative ? '-' : ''}${digits}.0`;
  const significant = digits.replace(/0+$/, '');
  return `${negative ? '-' : ''}${significant[0]}.${significant.slice(1) || '0'}e${digits.length - 1}`;
}

/**
 * An Int literal beyond 32 bits: Hasura decodes the literal as a bounded integer and fails while
 * parsing (`parse-failed`), not while validating.
 */
const INT_OVERFLOW = /^Int cannot represent non 32-bit signed integer value: (-?\d+)$/;

export function validationErrors(errors: readonly GraphQLError[], paths: Map<ASTNode, string>): HasuraGraphQLError[] {
  return errors.map((e) => {
    const node = e.nodes?.find((n) => paths.has(n));
    let path = node ? paths.get(node)! : '$';
    const overflow = e.message.match(INT_OVERFLOW);
    if (overflow) {
      return graphqlError(
        `The value ${scientificShow(overflow[1]!)} lies outside the bounds or is not an integer. Maybe it is a float, or is there integer overflow?`,
        path,
        'parse-failed',
      );
    }
    let message = hasuraMessage(e.message);
    // Hasura reports an unknown argument at its field, and limit/offset as non-negative integers.
    if (/ has no argument named /.test(message)) path = path.replace(/\.args\.[^.]+$/, '');
    // Hasura reports directive problems at the selection set that holds the field.
    if (/\.directives\.[^.]+$/.test(path)) path = path.replace(/\.directives\.[^.]+$/, '').replace(/\.[^.]+$/, '');
    if (/\.args\.(limit|offset)$/.test(path)) message = message.replace('expected a 32-bit integer', 'expected a non-negative 32-bit integer');
    return graphqlError(message, path, 'validation-failed');
  });
}
