import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentDocuments } from '@3factor/dev/allowlist/app-documents.js';
import { allowListYaml, collectionQueries, queryCollectionsYaml, type SentDocument } from '@3factor/dev/allowlist/collection.js';
import { metadataDir, repoRoot } from '@3factor/dev/paths.js';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';

/**
 * The production allow-list (HASURA_GRAPHQL_ENABLE_ALLOWLIST=true in docker-compose.yml) holds
 * every document the apps send as a non-admin role: the committed collection is the one
 * `npm run allowlist` generates from the apps' documents, and the engine, started on
 * hasura/metadata with the allow-list on, lets each of them through as Apollo Client sends it
 * (with `__typename` added) and refuses a document that is not listed.
 */
const FIX = 'run `npm run allowlist` (or `npm run codegen`, which ends with it) and commit hasura/metadata/query_collections.yaml';
const ADMIN_SECRET = 'allowlist-test-admin-secret';

let documents: SentDocument[];
let db: TestDatabase;
let engine: RunningEngine;

beforeAll(async () => {
  documents = await sentDocuments(repoRoot);
  db = await createTestDatabase('app');
  engine = await startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: db.url,
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
      HASURA_GRAPHQL_METADATA_DIR: metadataDir,
      HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true',
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous',
      HASURA_GRAPHQL_PG_CONNECTIONS: '3',
      ACTION_BASE_URL: 'http://127.0.0.1:9',
      EVENT_WEBHOOK_SECRET: 'unused',
    }),
    { logger: silentLogger() },
  );
});

afterAll(async () => {
  await engine?.stop();
  await db?.drop();
});

async function send(
  query: string,
  role: string | null,
  variables: Record<string, unknown> = {},
): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (role)
    Object.assign(
      headers,
      { 'x-hasura-admin-secret': ADMIN_SECRET },
      role === 'admin' ? {} : { 'x-hasura-role': role, 'x-hasura-user-id': '00000000-0000-4000-8000-000000000001' },
    );
  const response = await fetch(`${engine.url}/v1/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as never;
}

const refusedByAllowlist = (result: Awaited<ReturnType<typeof send>>) => result.errors?.some((e) => e.message === 'query is not allowed') === true;

/** What Apollo Client puts on the wire: the document with `__typename` in every selection set, printed. */
const asApolloSends = (document: DocumentNode) => print(addTypenameToDocument(document));

describe('the query collection of the production allow-list', () => {
  it('is the one generated from the documents the apps send', () => {
    const queries = collectionQueries(documents);
    const committed = parseYaml(readFileSync(join(metadataDir, 'query_collections.yaml'), 'utf8')) as { definition: { queries: { name: string }[] } }[];
    const listed = new Set(committed.flatMap((c) => c.definition.queries.map((q) => q.name)));
    const missing = queries.filter((q) => !listed.has(q.name)).map((q) => q.name);
    expect(missing, `operations missing from the allow-list: ${FIX}`).toEqual([]);
    expect(committed, `hasura/metadata/query_collections.yaml is stale: ${FIX}`).toEqual(parseYaml(queryCollectionsYaml(queries)));
    expect(parseYaml(readFileSync(join(metadataDir, 'allow_list.yaml'), 'utf8')), `hasura/metadata/allow_list.yaml is stale: ${FIX}`).toEqual(parseYaml(allowListYaml()));
  });

  it('holds the apps and the load generator, every document once', () => {
    const sources = new Set(documents.map((d) => d.source));
    expect([...sources].sort()).toEqual(['analytics-app', 'analytics-app load generator', 'order-app']);
    const names = collectionQueries(documents).map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
    // A sample of each role's screens, so an empty or truncated generation cannot pass.
    expect(names).toEqual(expect.arrayContaining(['Restaurants', 'PlaceOrder', 'IncomingOrders', 'MyDeliveries', 'Login', 'LoadGeneratorPlaceOrder']));
  });

  it('lets every document through the engine as Apollo Client sends it, for a non-admin role', async () => {
    const refused: string[] = [];
    for (const { source, document } of documents) {
      for (const query of [asApolloSends(document), print(document)]) {
        if (refusedByAllowlist(await send(query, 'customer'))) refused.push(`${source}: ${query.split('\n')[0]}`);
      }
    }
    expect(refused, `documents the allow-list refuses: ${FIX}`).toEqual([]);
  });

  it('answers a listed query with data for the anonymous role', async () => {
    const restaurants = documents.find((d) => print(d.document).includes('query Restaurants'))!;
    const result = await send(asApolloSends(restaurants.document), null);
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty('restaurants');
  });

  it('refuses a document that is not listed, for every non-admin role, and leaves the admin alone', async () => {
    const unlisted = 'query Restaurants { restaurants { id name } users { id } }';
    for (const role of [null, 'customer', 'restaurant', 'agent', 'analyst']) {
      const result = await send(unlisted, role);
      expect(refusedByAllowlist(result), `role ${role ?? 'anonymous'}`).toBe(true);
      expect(result.errors![0]!.extensions?.code).toBe('validation-failed');
    }
    expect(refusedByAllowlist(await send(unlisted, 'admin'))).toBe(false);
  });

  it('refuses a listed document with one field more', async () => {
    const listed = documents.find((d) => print(d.document).includes('query Restaurants'))!;
    const widened = print(listed.document).replace(/\{\n/, '{\n  __schema { queryType { name } }\n');
    expect(widened).not.toBe(print(listed.document));
    expect(refusedByAllowlist(await send(widened, null))).toBe(true);
  });
});
