import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '@3factor/dev/testing/database.js';
import type { RunningEngine } from '../../src/engine.js';
import { startEngineOnEmptyDatabase, stopEngineAndDatabase } from './helpers/engine-on-empty-database.js';
import { cleanDump } from '../../src/pgdump/clean-dump.js';
import { parsePgDumpRequest } from '../../src/pgdump/pg-dump-request.js';

/** Hasura's pg_dump API, POST /v1alpha1/pg_dump, as the Hasura CLI calls it to start migrations from a database. */
const ADMIN_SECRET = 'pg-dump-test-admin-secret';
const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
let db: TestDatabase;
let engine: RunningEngine;

async function dump(body: unknown, headers: Record<string, string> = admin): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${engine.url}/v1alpha1/pg_dump`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

beforeAll(async () => {
  ({ db, engine } = await startEngineOnEmptyDatabase(ADMIN_SECRET));
  const response = await fetch(`${engine.url}/v2/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...admin },
    body: JSON.stringify({
      type: 'run_sql',
      args: {
        sql: `CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL);
              CREATE TABLE articles (id serial PRIMARY KEY, author_id integer NOT NULL REFERENCES authors(id), title text NOT NULL, body text NOT NULL);`,
      },
    }),
  });
  expect(response.status).toBe(200);
});

afterAll(() => stopEngineAndDatabase(engine, db));

describe('POST /v1alpha1/pg_dump', () => {
  it("answers the public schema's DDL, cleaned for a migration file, as SQL", async () => {
    const { status, type, text } = await dump({ opts: ['-O', '-x', '--schema-only', '--schema', 'public'], clean_output: true });
    expect(status).toBe(200);
    expect(type).toBe('application/sql; charset=utf-8');
    expect(text).toBe(
      [
        'SET check_function_bodies = false;',
        'CREATE TABLE public.articles (',
        '    id integer NOT NULL,',
        '    author_id integer NOT NULL,',
        '    title text NOT NULL,',
        '    body text NOT NULL',
        ');',
        'CREATE SEQUENCE public.articles_id_seq',
        '    AS integer',
        '    START WITH 1',
        '    INCREMENT BY 1',
        '    NO MINVALUE',
        '    NO MAXVALUE',
        '    CACHE 1;',
        'ALTER SEQUENCE public.articles_id_seq OWNED BY public.articles.id;',
        'CREATE TABLE public.authors (',
        '    id integer NOT NULL,',
        '    name text NOT NULL',
        ');',
        'CREATE SEQUENCE public.authors_id_seq',
        '    AS integer',
        '    START WITH 1',
        '    INCREMENT BY 1',
        '    NO MINVALUE',
        '    NO MAXVALUE',
        '    CACHE 1;',
        'ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;',
        "ALTER TABLE ONLY public.articles ALTER COLUMN id SET DEFAULT nextval('public.articles_id_seq'::regclass);",
        "ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);",
        'ALTER TABLE ONLY public.articles',
        '    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);',
        'ALTER TABLE ONLY public.authors',
        '    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);',
        'ALTER TABLE ONLY public.articles',
        '    ADD CONSTRAINT articles_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id);',
        '',
      ].join('\n'),
    );
  });

  it("answers pg_dump's own text without clean_output", async () => {
    const { status, text } = await dump({ opts: ['--schema-only', '--schema', 'public'] });
    expect(status).toBe(200);
    expect(text).toMatch(/^--\n-- PostgreSQL database dump\n--/);
    expect(text).toContain('CREATE TABLE public.authors');
  });

  it("refuses options that would write a file or use the engine's credentials elsewhere, however they are spelled", async () => {
    for (const opts of [
      ['-f', '/tmp/x.sql'],
      ['-f/tmp/x.sql'],
      ['-Of', '/tmp/x.sql'],
      ['--file=/tmp/x.sql'],
      ['--fil=/tmp/x.sql'],
      ['-h', 'example.com'],
      ['--dbname=postgres'],
      ['-Fc'],
    ]) {
      const refused = await dump({ opts });
      expect(refused.status, opts.join(' ')).toBe(400);
      expect(JSON.parse(refused.text)).toMatchObject({ code: 'not-supported' });
    }
    // An option's own argument is not read as an option: a schema may be called -f.
    expect(parsePgDumpRequest({ opts: ['-n-f', '--schema-only'] })).toMatchObject({ ok: true });
  });

  it("answers pg_dump's error, and refuses other roles and bodies that are not dump requests", async () => {
    const failed = await dump({ opts: ['--no-such-option'] });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.text)).toMatchObject({ path: '$', code: 'unexpected' });
    expect(JSON.parse(failed.text).error).toMatch(/^error while executing pg_dump: /);
    const user = await dump({ opts: ['--schema-only'] }, { ...admin, 'x-hasura-role': 'user' });
    expect(user.status).toBe(400);
    expect(JSON.parse(user.text)).toEqual({ path: '$', error: 'You have to be an admin to access this endpoint', code: 'access-denied' });
    expect(await dump({})).toMatchObject({ status: 400 });
    expect(JSON.parse((await dump({})).text)).toEqual({ path: '$', error: 'key "opts" not found', code: 'parse-failed' });
    expect(JSON.parse((await dump({ opts: ['-s'], source: 'other' })).text)).toMatchObject({ code: 'not-exists' });
  });
});

describe('cleaning a dump', () => {
  it("leaves out comments, blank lines, the preamble's settings, psql's \\restrict fences and event triggers' own triggers", () => {
    const dump = [
      '--',
      '-- PostgreSQL database dump',
      '',
      '\\restrict abc123',
      'SET statement_timeout = 0;',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      'SET check_function_bodies = false;',
      'CREATE TABLE public.t (id integer);',
      'CREATE TRIGGER "notify_hasura_t_INSERT_INSERT" AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION hdb_catalog."notify_hasura_t_INSERT_INSERT"();',
      'CREATE TRIGGER audit AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit();',
      '\\unrestrict abc123',
    ].join('\n');
    expect(cleanDump(dump)).toBe(
      [
        'SET check_function_bodies = false;',
        'CREATE TABLE public.t (id integer);',
        'CREATE TRIGGER audit AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.audit();',
        '',
      ].join('\n'),
    );
  });
});
