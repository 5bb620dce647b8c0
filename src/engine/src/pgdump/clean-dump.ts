/** The settings pg_dump writes first, which a migration file does not need (Hasura's list). */
const PREAMBLE = new Set([
  'SET statement_timeout = 0;',
  'SET lock_timeout = 0;',
  'SET idle_in_transaction_session_timeout = 0;',
  "SET client_encoding = 'UTF8';",
  'SET standard_conforming_strings = on;',
  "SELECT pg_catalog.set_config('search_path', '', false);",
  'SET xmloption = content;',
  'SET client_min_messages = warning;',
  'SET row_security = off;',
  "SET default_tablespace = '';",
  'SET default_with_oids = false;',
  'SET default_table_access_method = heap;',
  'SET extra_float_digits = 3;',
  'CREATE SCHEMA public;',
  "COMMENT ON SCHEMA public IS 'standard public schema';",
]);

/**
 * pg_dump since 15.14 (and 13.22, 14.19, 16.10, 17.6) fences its output with psql's `\restrict
 * <key>` and `\unrestrict <key>`: meta-commands psql reads, which a migration applied through
 * run_sql or the Hasura CLI would send to Postgres as SQL and fail on.
 */
const PSQL_RESTRICT = /^\\(un)?restrict\s/;

/** The triggers event triggers install: the engine makes them again from metadata. */
const EVENT_TRIGGER =
  /^CREATE TRIGGER "?notify_hasura_.+"? AFTER [A-Za-z0-9]+ ON .+ FOR EACH ROW EXECUTE (FUNCTION|PROCEDURE) "?(hdb_views|hdb_catalog)"?\."?notify_hasura_.+"?\(\);$/;

/**
 * `clean_output`, as Hasura cleans a dump for a migration (Server/API/PGDump.hs): empty lines,
 * comments, the preamble's settings, psql's `\restrict` fences and event triggers' own triggers left out. `SET
 * check_function_bodies = false;` stays, so functions that reference each other load in any order.
 */
export function cleanDump(dump: string): string {
  const kept = dump.split('\n').filter((line) => !(line.trim() === '' || line.startsWith('--') || PREAMBLE.has(line) || PSQL_RESTRICT.test(line) || EVENT_TRIGGER.test(line)));
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`;
}
