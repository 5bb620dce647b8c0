/** The body of `POST /v1alpha1/pg_dump` (Hasura's `PGDumpReqBody`), checked. */
export interface PgDumpRequest {
  opts: string[];
  cleanOutput: boolean;
  source: string;
}

export type ParsedPgDump = { ok: true; request: PgDumpRequest } | { ok: false; status: number; body: { path: string; error: string; code: string } };

const fail = (path: string, error: string, code = 'parse-failed'): ParsedPgDump => ({ ok: false, status: 400, body: { path, error, code } });

/**
 * Options the engine does not pass on. pg_dump writes to the answer, over the engine's own
 * connection: an option naming a file to write, another server, database, user or password,
 * or a format that is not text would make it do something else with the engine's credentials.
 * Hasura passes every option through; refusing these is this engine's choice (README).
 */
const REFUSED_LONG = ['--file', '--dbname', '--host', '--port', '--username', '--password', '--format', '--jobs', '--compress', '--role'];
/** Short forms of the same, and pg_dump's short options that take an argument (getopt: the rest of a group is that argument). */
const REFUSED_SHORT = new Set(['f', 'd', 'h', 'p', 'U', 'W', 'F', 'j', 'Z']);
const SHORT_WITH_ARGUMENT = new Set(['d', 'e', 'E', 'f', 'F', 'h', 'j', 'n', 'N', 'p', 'S', 't', 'T', 'U', 'Z']);

/** The refused option `option` is or contains, read as getopt_long reads it (long options may be abbreviated; short ones grouped). */
function refused(option: string): string | undefined {
  if (option.startsWith('--')) {
    const name = option.split('=')[0]!;
    return name.length > 2 ? REFUSED_LONG.find((long) => long.startsWith(name)) : undefined;
  }
  if (!option.startsWith('-')) return undefined;
  for (const letter of option.slice(1)) {
    if (REFUSED_SHORT.has(letter)) return `-${letter}`;
    if (SHORT_WITH_ARGUMENT.has(letter)) return undefined;
  }
  return undefined;
}

export function parsePgDumpRequest(body: unknown): ParsedPgDump {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('$', 'expected an object with the key "opts"');
  const args = body as Record<string, unknown>;
  if (args.opts === undefined) return fail('$', 'key "opts" not found');
  if (!Array.isArray(args.opts) || !args.opts.every((o) => typeof o === 'string')) return fail('$.opts', 'expected a list of strings');
  if (args.clean_output !== undefined && args.clean_output !== null && typeof args.clean_output !== 'boolean') return fail('$.clean_output', 'expected a boolean');
  if (args.source !== undefined && typeof args.source !== 'string') return fail('$.source', 'expected a string');
  const opts = args.opts as string[];
  for (const [i, option] of opts.entries()) {
    const name = refused(option);
    if (name) return fail(`$.opts[${i}]`, `the option ${name} is not allowed: pg_dump writes its text to the answer, over the engine's own connection`, 'not-supported');
  }
  return { ok: true, request: { opts, cleanOutput: args.clean_output === true, source: (args.source as string | undefined) ?? 'default' } };
}
