import { describe, expect, it } from 'vitest';
import { columnsRead, compile, compileText, paramTypes, relationsOf, renderWithLiterals, sql } from '../../src/sql/builder.js';
import { multiplexedQuery } from '../../src/realtime/live/multiplexed-query.js';

describe('the SQL builder', () => {
  const orders = sql.relation('public', 'orders');
  const statement = sql`SELECT json_agg("o"."id") FROM ${orders} AS "o" WHERE "o"."customer_id" = ${sql.param('c', sql.ident('pg_catalog', 'uuid'))} AND EXISTS (SELECT 1 FROM ${sql.relation('public', 'order_items')} AS "i" WHERE "i"."order_id" = "o"."id" LIMIT ${sql.param(3, sql`bigint`)}) AND "o"."id" IN (SELECT "id" FROM ${orders})`;

  it('renders typed parameters with their cast and relations as qualified names', () => {
    const { text, values } = compile(statement);
    expect(text).toBe(
      'SELECT json_agg("o"."id") FROM "public"."orders" AS "o" WHERE "o"."customer_id" = $1::"pg_catalog"."uuid" AND EXISTS ' +
        '(SELECT 1 FROM "public"."order_items" AS "i" WHERE "i"."order_id" = "o"."id" LIMIT $2::bigint) AND "o"."id" IN (SELECT "id" FROM "public"."orders")',
    );
    expect(values).toEqual(['c', 3]);
    expect(paramTypes(statement)).toEqual(['"pg_catalog"."uuid"', 'bigint']);
  });

  it('lists the relations a statement reads, with how often, without reading its text', () => {
    expect(relationsOf(statement)).toEqual(
      new Map([
        ['public.orders', 2],
        ['public.order_items', 1],
      ]),
    );
    // A quoted name that only looks like a relation (a column, a type, a string) is not one.
    expect(relationsOf(sql`SELECT "public"."orders" FROM ${sql.ident('public', 'x')} WHERE ${sql.literal('"public"."y"')} = ''`)).toEqual(new Map());
  });

  it('lists the columns read of each aliased table, and everything where a use is not a column reference', () => {
    const t0 = sql.ident('_t0');
    const t1 = sql.ident('_t1');
    const agents = sql.relation('public', 'agents');
    const read = sql`SELECT ${t0}.${sql.ident('name')} FROM ${agents} AS ${t0} WHERE ${t0}.${sql.ident('id')} = ${sql.param(1, sql`int`)} AND EXISTS (SELECT 1 FROM ${sql.relation('public', 'assignments')} AS ${t1} WHERE ${t1}.${sql.ident('agent_id')} = ${t0}.${sql.ident('id')})`;
    expect(columnsRead(read)).toEqual(
      new Map([
        ['public.agents', new Set(['name', 'id'])],
        ['public.assignments', new Set(['agent_id'])],
      ]),
    );
    // The alias alone (a whole-row argument), a relation with no alias, raw text: anything may be read.
    expect(columnsRead(sql`SELECT f(${t0}) FROM ${agents} AS ${t0}`).get('public.agents')).toBe('all');
    expect(columnsRead(sql`SELECT count(*) FROM ${agents}`).get('public.agents')).toBe('all');
    expect(columnsRead(statement).get('public.orders')).toBe('all');
  });

  it('quotes literals and writes integers as digits only', () => {
    expect(compile(sql`SELECT ${sql.literal("it's")}, ${sql.literal(-3)}`).text).toBe("SELECT 'it''s', -3");
    expect(() => sql.literal(1.5)).toThrow();
  });

  it('writes a body between dollar quotes with a tag the body cannot end early', () => {
    const body = (name: string) => sql`SELECT ${sql.literal(name)}`;
    expect(compileText(sql`AS ${sql.dollarQuoted(body('x'), 'fn')};`)).toBe("AS $fn$SELECT 'x'$fn$;");
    expect(compileText(sql.dollarQuoted(body('x'), ''))).toBe("$$SELECT 'x'$$");
    expect(compileText(sql.dollarQuoted(body('a$fn$b'), 'fn'))).toBe("$fn1$SELECT 'a$fn$b'$fn1$");
    // Text ending in a prefix of the closing quote would close it early too.
    expect(compileText(sql.dollarQuoted(sql`SELECT 1 AS $fn`, 'fn'))).toBe('$fn1$SELECT 1 AS $fn$fn1$');
    expect(compileText(sql.dollarQuoted(body('$$'), ''))).toBe("$_1$SELECT '$$'$_1$");
    expect(relationsOf(sql.dollarQuoted(sql`SELECT * FROM ${sql.relation('public', 'orders')}`, 'q'))).toEqual(new Map([['public.orders', 1]]));
    expect(() => sql.dollarQuoted(body('x'), '1x')).toThrow('not a dollar-quote tag');
  });

  it('writes a value between dollar quotes that no value can end early', () => {
    expect(compileText(sql`SELECT ${sql.dollarQuotedValue('{"a":"b"}', 's')}`)).toBe('SELECT $s${"a":"b"}$s$');
    expect(compileText(sql.dollarQuotedValue("x$s$'); DROP TABLE t; --", 's'))).toBe("$s1$x$s$'); DROP TABLE t; --$s1$");
    expect(compileText(sql.dollarQuotedValue('x$s', 's'))).toBe('$s1$x$s$s1$');
  });

  it('refuses parameters where Postgres binds none: dollar-quoted bodies and text-only statements', () => {
    expect(() => compile(sql`CREATE FUNCTION f() AS ${sql.dollarQuoted(sql`SELECT ${1}`, 'q')}`)).toThrow('a dollar-quoted body takes no parameters');
    expect(() => compileText(sql`LISTEN ${'channel'}`)).toThrow('this statement takes no parameters, got 1');
    expect(compileText(sql`LISTEN ${sql.ident('a"b')}`)).toBe('LISTEN "a""b"');
  });

  it('reads parameters from elsewhere, keeping their casts, and binds only what is left', () => {
    const read = sql.readParams(statement, (i) => sql`"vars"->>${sql.literal(i)}`);
    const { text, values } = compile(sql`SELECT ${sql.param('outer', sql`int`)}, (${read})`);
    expect(text).toContain('"o"."customer_id" = ("vars"->>0)::"pg_catalog"."uuid"');
    expect(text).toContain('LIMIT ("vars"->>1)::bigint');
    expect(text.startsWith('SELECT $1::int, (')).toBe(true);
    expect(values).toEqual(['outer']);
    expect(relationsOf(read)).toEqual(relationsOf(statement));
    // An untyped parameter cannot be read from text: nothing would say what it means.
    expect(() => sql.readParams(sql`SELECT ${1}`, () => sql`'1'`)).toThrow('parameter 1 has no type');
  });

  it('builds the multiplexed statement around the one-subscriber statement', () => {
    const { text } = compile(multiplexedQuery(statement, true));
    expect(text).toMatch(/^SELECT "_subs"."result_id", "_fld_resp"."root" AS "result", "_fld_resp"."cursor" AS "cursor", "_fld_resp"."rows" AS "rows"\n/);
    expect(text).toContain('FROM UNNEST($1::uuid[], $2::jsonb[]) AS "_subs"("result_id", "result_vars")');
    expect(text).toContain('= ("_subs"."result_vars"->>0)::"pg_catalog"."uuid"');
    expect(text).toContain('LIMIT ("_subs"."result_vars"->>1)::bigint');
    expect(text.endsWith(`AS "_fld_resp"("root", "cursor", "rows") ON ('true')`)).toBe(true);
  });

  it('hides the batch size from the planner in a live statement, not in a stream one', () => {
    // Sub-selects keep a custom plan from knowing how many cohorts the arrays hold, so it costs
    // what the generic plan costs and Postgres keeps the generic plan of a prepared live statement.
    const live = compile(multiplexedQuery(statement)).text;
    expect(live).toContain('FROM UNNEST((SELECT $1::uuid[]), (SELECT $2::jsonb[])) AS "_subs"("result_id", "result_vars")');
    expect(live.endsWith(`AS "_fld_resp"("root") ON ('true')`)).toBe(true);
    expect(compile(multiplexedQuery(statement, true)).text).toContain('FROM UNNEST($1::uuid[], $2::jsonb[]) AS');
  });
});

describe('a statement with its values written in (the explain API)', () => {
  it('writes each value as a quoted literal before its cast, and null as NULL', () => {
    const statement = sql`SELECT * FROM t WHERE a = ${sql.param('a', sql.raw('int'))} AND b = ${sql.value('b')} AND c IS NOT DISTINCT FROM ${sql.param('c', sql.raw('text'))}`;
    expect(renderWithLiterals(statement, ['7', "it's", null])).toBe("SELECT * FROM t WHERE a = '7'::int AND b = 'it''s' AND c IS NOT DISTINCT FROM NULL::text");
  });

  it('escapes a backslash so the literal reads the same whatever standard_conforming_strings says', () => {
    const statement = sql`SELECT ${sql.param('x', sql.raw('text'))}`;
    expect(renderWithLiterals(statement, ["a\\'; DROP TABLE t; --"])).toBe("SELECT E'a\\\\''; DROP TABLE t; --'::text");
  });

  it('writes the values of a fragment read elsewhere too (a multiplexed statement)', () => {
    const text = renderWithLiterals(multiplexedQuery(sql`SELECT ${sql.param('id', sql.raw('uuid'))} AS "root"`), ['{00000000-0000-0000-0000-000000000000}', '{"[\\"1\\"]"}']);
    expect(text).not.toMatch(/\$\d/);
    expect(text).toContain("'{00000000-0000-0000-0000-000000000000}'::uuid[]");
  });

  it('refuses a count of values that does not match the parameters', () => {
    const statement = sql`SELECT ${sql.value(1)}, ${sql.value(2)}`;
    expect(() => renderWithLiterals(statement, ['1'])).toThrow(/more parameters/);
    expect(() => renderWithLiterals(statement, ['1', '2', '3'])).toThrow(/2 parameters, 3 values/);
  });
});
