// @ts-check
/**
 * PostGraphile v5 serving the benchmark database, in its own process: the Amber preset
 * (PostGraphile's default) plus @graphile/pg-aggregates for the aggregate query, connected
 * straight to Postgres as the superuser (no RLS, no JWT: the counterpart of our engine's
 * admin secret). Plain JavaScript so it runs under Node 22 without tsx.
 *
 * Driven over IPC like engine-process.ts: {start: {databaseUrl, poolMax}} -> {port}; {stop} -> {stopped}.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';

/** @type {import('node:http').Server | undefined} */
let server;
/** @type {{ release(): Promise<void> } | undefined} */
let instance;

/**
 * @param {string} databaseUrl
 * @param {number} poolMax
 */
async function start(databaseUrl, poolMax) {
  /** @type {GraphileConfig.Preset} */
  const preset = {
    extends: [PostGraphileAmberPreset, PgAggregatesPreset],
    pgServices: [makePgService({ connectionString: databaseUrl, schemas: ['public'], poolConfig: { max: poolMax } })],
    grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  instance = pgl;
  const serv = pgl.createServ(grafserv);
  server = createServer();
  serv.addTo(server);
  // Build the schema before the first request, as a deployed server would have.
  await pgl.getSchema();
  await new Promise((resolve) => server?.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

process.on('message', async (/** @type {{start?: {databaseUrl: string, poolMax: number}, stop?: true}} */ message) => {
  try {
    if (message.start) {
      process.send?.({ port: await start(message.start.databaseUrl, message.start.poolMax), node: process.version });
    } else if (message.stop) {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(() => resolve(undefined)) : resolve(undefined)));
      await instance?.release();
      process.send?.({ stopped: true }, () => process.exit(0));
    }
  } catch (error) {
    process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
