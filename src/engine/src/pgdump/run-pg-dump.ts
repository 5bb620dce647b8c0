import { execFile } from 'node:child_process';

export type DumpOutcome = { ok: true; text: string } | { ok: false; message: string };

/**
 * The URL without its password (which goes to pg_dump through PGPASSWORD, not its command line,
 * where `ps` would show it). A connection string that is not a URL (`host=... dbname=...`) is
 * passed as it is.
 */
function connection(databaseUrl: string): { url: string; password: string | undefined } {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return { url: databaseUrl, password: undefined };
  }
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return { url: url.toString(), password };
}

/** `pg_dump <database> --encoding=utf8 <opts>` (the `pg_dump` on PATH, as Hasura runs it), its text or its error. */
export function runPgDump(databaseUrl: string, opts: readonly string[], maxBytes = 256 * 1024 * 1024): Promise<DumpOutcome> {
  const { url, password } = connection(databaseUrl);
  const env = { ...process.env, ...(password === undefined ? {} : { PGPASSWORD: password }) };
  return new Promise((resolve) => {
    execFile('pg_dump', [url, '--encoding=utf8', ...opts], { env, maxBuffer: maxBytes, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, message: stderr.trim() || error.message });
      else resolve({ ok: true, text: stdout });
    });
  });
}
