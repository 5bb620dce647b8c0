import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataDir } from '@3factor/dev/paths.js';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';
import { loadMetadataDirectory } from '@3factor/engine/metadata/load-directory.js';
import { hasuraExportForm } from './helpers/hasura-export-form.js';

/**
 * Drift check: hasura/metadata, assembled the way `hasura metadata apply` assembles it
 * (loadMetadataDirectory follows the CLI's `!include` rules), is what the engine serves.
 * Both sides are put through hasuraExportForm, which applies only what Hasura's own
 * export_metadata normalises (sorting named lists, leaving out empties and defaults), so
 * the comparison is of what the metadata means to Hasura, value for value.
 */
const ADMIN_SECRET = 'production-parity-admin-secret';

let db: TestDatabase;
let engine: RunningEngine;

beforeAll(async () => {
  db = await createTestDatabase('app');
  engine = await startEngine(
    configFromEnv({
      HASURA_GRAPHQL_DATABASE_URL: db.url,
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_SERVER_PORT: '0',
      HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
      HASURA_GRAPHQL_METADATA_DIR: metadataDir,
      HASURA_GRAPHQL_PG_CONNECTIONS: '3',
      // No functions run here: a delivery that fails only waits for its retry.
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

async function metadataApi(body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${engine.url}/v1/metadata`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe('hasura/metadata against the engine export_metadata', () => {
  const fromDirectory = hasuraExportForm(loadMetadataDirectory(metadataDir));

  it('exports exactly the metadata the directory holds', async () => {
    const { status, json } = await metadataApi({ type: 'export_metadata', args: {} });
    expect(status).toBe(200);
    expect(hasuraExportForm(json)).toStrictEqual(fromDirectory);
  });

  it('gives the same metadata in the version 2 form the Hasura CLI asks for', async () => {
    const { status, json } = await metadataApi({ type: 'export_metadata', version: 2, args: {} });
    expect(status).toBe(200);
    const { resource_version, metadata } = json as { resource_version: number; metadata: unknown };
    expect(Number.isInteger(resource_version) && resource_version > 0).toBe(true);
    expect(hasuraExportForm(metadata)).toStrictEqual(fromDirectory);
  });

  it('holds the parts production depends on: the default source from env and the event triggers', () => {
    const [source, ...others] = fromDirectory.sources as { name: string; configuration: any; tables: any[] }[];
    expect(others).toEqual([]);
    expect(source!.name).toBe('default');
    // Hasura in docker-compose.yml and the engine both read the URL from this variable.
    expect(source!.configuration.connection_info.database_url).toEqual({ from_env: 'HASURA_GRAPHQL_DATABASE_URL' });
    const triggers = source!.tables.flatMap((t) => (t.event_triggers ?? []).map((e: { name: string }) => e.name)).sort();
    expect(triggers).toEqual([
      'agent-assignment',
      'agent-available',
      'notify-message',
      'notify-status',
      'payment',
      'restaurant-approval',
      'schedule-order',
      'tip-payment',
      'validate-order',
    ]);
  });

  it('is consistent: no inconsistent objects on the app schema', async () => {
    const { status, json } = await metadataApi({ type: 'get_inconsistent_metadata', args: {} });
    expect(status).toBe(200);
    expect(json).toMatchObject({ is_consistent: true, inconsistent_objects: [] });
  });
});
