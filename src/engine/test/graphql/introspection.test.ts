import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { findFunctions, findTable, parseCatalog, readCatalog, type RawCatalog } from '../../src/introspection/index.js';
import { describeModel } from './catalog-description.js';

const fixturePath = fileURLToPath(new URL('./fixtures/catalog.json', import.meta.url));
const schemaPath = fileURLToPath(new URL('./fixtures/catalog-schema.sql', import.meta.url));
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as RawCatalog;

describe('parseCatalog (captured fixture)', () => {
  const model = parseCatalog(fixture);

  it('indexes tables with columns, keys and foreign keys', () => {
    const article = findTable(model, 'public', 'article')!;
    expect(article.columns.map((c) => c.name)).toEqual(['id', 'author_id', 'title', 'rating', 'body']);
    expect(article.primaryKey).toEqual({ name: 'article_pkey', columns: ['id'] });
    expect(article.uniqueConstraints.map((u) => u.name)).toEqual(['article_author_id_title_key', 'article_pkey']);
    expect(article.foreignKeys).toEqual([{ name: 'article_author_id_fkey', columns: ['author_id'], refSchema: 'public', refTable: 'author', refColumns: ['id'] }]);
    expect(article.columnsByName.get('id')!.identity).toBe('d');
    expect(model.types.get(article.columnsByName.get('rating')!.typeOid)!.name).toBe('numeric');
  });

  it('keeps views with the tables they read, other schemas, comments and enum labels', () => {
    expect(findTable(model, 'public', 'published')).toMatchObject({ kind: 'view', viewBases: [{ schema: 'public', name: 'article' }], viewUnwatchable: false });
    expect(findTable(model, 'public', 'article')).toMatchObject({ viewBases: [], viewUnwatchable: false });
    expect(findTable(model, 'library', 'shelf')!.primaryKey!.columns).toEqual(['code']);
    expect(findTable(model, 'public', 'author')!.comment).toBe('People who write');
    const mood = findTable(model, 'public', 'author')!.columnsByName.get('mood')!;
    expect(model.types.get(mood.typeOid)!.enumValues).toEqual(['happy', 'sad']);
    const tags = model.types.get(findTable(model, 'public', 'author')!.columnsByName.get('tags')!.typeOid)!;
    expect(model.types.get(tags.elementOid!)!.name).toBe('text');
  });

  it('describes functions with argument names, defaults and row return types', () => {
    const [count] = findFunctions(model, 'public', 'author_article_count');
    expect(count!.args.map((a) => [a.name, a.hasDefault])).toEqual([
      ['author_row', false],
      ['hasura_session', false],
      ['min_rating', true],
    ]);
    expect(model.tablesByRowType.get(count!.args[0]!.typeOid)!.name).toBe('author');
    const [search] = findFunctions(model, 'public', 'search_articles');
    expect(search!.returnsSet).toBe(true);
    expect(model.tablesByRowType.get(search!.returnTypeOid)!.name).toBe('article');
  });
});

describe('readCatalog (live database)', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    await pool.query(readFileSync(schemaPath, 'utf8'));
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('reads the same model as the captured fixture in one query', async () => {
    const live = await readCatalog(pool);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(fixturePath, JSON.stringify(live, null, 1) + '\n');
    expect(describeModel(parseCatalog(live))).toEqual(describeModel(parseCatalog(fixture)));
  });
});
