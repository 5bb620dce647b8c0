import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFunctions, parseCatalog, type RawCatalog } from '../../src/introspection/index.js';
import { trackedFunctionProblem } from '../../src/schema/function-check.js';

/** What Hasura refuses to track (mkFunctionInfo), on the fixture catalog's functions. */
const raw = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/catalog.json', import.meta.url)), 'utf8')) as RawCatalog;
const db = parseCatalog(raw);
const search = findFunctions(db, 'public', 'search_articles')[0]!;
const count = findFunctions(db, 'public', 'author_article_count')[0]!;

describe('trackedFunctionProblem', () => {
  it('accepts a stable function returning rows of a table as a query, and a volatile one as a mutation', () => {
    expect(trackedFunctionProblem(search, undefined, db)).toBeNull();
    expect(trackedFunctionProblem({ ...search, volatility: 'v' }, { exposed_as: 'mutation' }, db)).toBeNull();
  });

  it('refuses a non-volatile mutation, a scalar return type and a session argument that is not json', () => {
    expect(trackedFunctionProblem(search, { exposed_as: 'mutation' }, db)).toMatch(/requested to be exposed as a mutation, but is not marked VOLATILE/);
    expect(trackedFunctionProblem(count, undefined, db)).toMatch(/does not return a "COMPOSITE" type/);
    expect(trackedFunctionProblem(search, { session_argument: 'search' }, db)).toMatch(/is not of type json/);
    expect(trackedFunctionProblem(search, { session_argument: 'nope' }, db)).toMatch(/does not exist/);
  });
});
