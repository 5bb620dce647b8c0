import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFunctions, findTable, parseCatalog, type RawCatalog } from '../../src/introspection/index.js';
import { computedFieldProblem } from '../../src/schema/computed-field-check.js';

/** What Hasura refuses as a computed field (ComputedField.hs), on the fixture catalog's author_article_count(author_row, hasura_session, min_rating). */
const raw = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/catalog.json', import.meta.url)), 'utf8')) as RawCatalog;
const db = parseCatalog(raw);
const author = findTable(db, 'public', 'author')!;
const article = findTable(db, 'public', 'article')!;
const fn = findFunctions(db, 'public', 'author_article_count')[0]!;

describe('computedFieldProblem', () => {
  it('accepts a stable function with the table row and a json session argument', () => {
    expect(computedFieldProblem('article_count', author, fn, { table_argument: 'author_row', session_argument: 'hasura_session' }, db)).toBeNull();
    expect(computedFieldProblem('article_count', author, fn, {}, db)).toBeNull();
  });

  it('refuses a name that is a column, a volatile function, and arguments of the wrong kind', () => {
    expect(computedFieldProblem('name', author, fn, {}, db)).toMatch(/conflicts with postgres column/);
    expect(computedFieldProblem('x', author, { ...fn, volatility: 'v' }, {}, db)).toMatch(/VOLATILE/);
    expect(computedFieldProblem('x', author, { ...fn, args: [] }, {}, db)).toMatch(/no input arguments/);
    expect(computedFieldProblem('x', article, fn, {}, db)).toMatch(/not of type table/);
    expect(computedFieldProblem('x', author, fn, { table_argument: 'nope' }, db)).toMatch(/no input argument named "nope"/);
    expect(computedFieldProblem('x', author, fn, { session_argument: 'min_rating' }, db)).toMatch(/not of type json/);
    expect(computedFieldProblem('x', author, fn, { session_argument: 'author_row' }, db)).toMatch(/are the same/);
  });
});
