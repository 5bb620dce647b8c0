import { cleanDump } from './clean-dump.js';
import { parsePgDumpRequest } from './pg-dump-request.js';
import { runPgDump } from './run-pg-dump.js';

export type PgDumpResponse = { status: number; sql: string } | { status: number; body: unknown };

/**
 * `POST /v1alpha1/pg_dump` (admin only, checked by the HTTP layer), as the Hasura CLI and
 * console call it to start migrations from a database: pg_dump's text of the `default` source,
 * cleaned for a migration file with `clean_output`.
 */
export async function pgDump(body: unknown, databaseUrl: string): Promise<PgDumpResponse> {
  const parsed = parsePgDumpRequest(body);
  if (!parsed.ok) return { status: parsed.status, body: parsed.body };
  const { request } = parsed;
  if (request.source !== 'default') return { status: 400, body: { path: '$.source', error: `source with name "${request.source}" does not exist`, code: 'not-exists' } };
  const outcome = await runPgDump(databaseUrl, request.opts);
  if (!outcome.ok) return { status: 500, body: { path: '$', error: `error while executing pg_dump: ${outcome.message}`, code: 'unexpected' } };
  return { status: 200, sql: request.cleanOutput ? cleanDump(outcome.text) : outcome.text };
}
