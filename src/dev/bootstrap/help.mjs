// @ts-check
/**
 * `npm <command> -- --help` for the commands whose program does not print its own usage:
 * answered here, before anything is installed or started. The others (invoke,
 * metadata-export, migration-new, conformance) print their usage themselves.
 */

/** @type {Partial<Record<import('./requirements.mjs').Command, string>>} */
export const HELP = {
  start: `usage: npm start [-- --reset] [-- --verbose]

Starts the whole stack on this machine: Postgres (.data/postgres) and pgBouncer, the app
database from schema.sql and seed.sql (once), the GraphQL engine, the functions and both
Vite apps; prints their URLs and \`ready\`. Ctrl-C stops everything in order.
While it runs (the developer's loop; README, "Developing"):
  - a save under src/backend/src restarts only the functions (one "reload | functions reloaded in ..." line);
  - a save under hasura/metadata/ is applied to the engine as \`hasura metadata apply\` does; an
    inconsistency is printed with its file and the engine keeps the previous metadata.

  --reset      drop the local app database and apply schema.sql and seed.sql again
  --verbose    keep pgBouncer's log line per client connection
  -h, --help   this text

environment: DEV_PARTS (engine,functions,order-app,analytics-app or none), DEV_WATCH=0 (no reload
on save), DEV_DATA_DIR, DEV_METADATA_DIR, DEV_FUNCTIONS_DIR, DATABASE_URL (an external Postgres),
ports and secrets as in the README's configuration table.`,
  test: `usage: npm test [-- <vitest filter>...]

tsc -b, then vitest run (the root config; a filter narrows it and skips the end-to-end step),
then each src/<part>/e2e suite. Every step runs; a summary follows; exit 1 if any failed.

  -h, --help   this text`,
  bench: `usage: npm run bench [-- <name>...]

Runs every bench/<name>/index.ts in name order (or only the ones named), one after the other.

  -h, --help   this text`,
  engine: `usage: HASURA_GRAPHQL_DATABASE_URL=postgres://... npm run engine

Runs the GraphQL engine alone (src/engine/src/main.ts) with Hasura's environment variables:
HASURA_GRAPHQL_DATABASE_URL (required, straight to Postgres), HASURA_GRAPHQL_METADATA_DIR,
HASURA_GRAPHQL_SERVER_PORT, HASURA_GRAPHQL_ADMIN_SECRET, HASURA_GRAPHQL_JWT_SECRET, ...

  -h, --help   this text`,
};

/** @param {string[]} args */
export function wantsHelp(args) {
  return args.includes('--help') || args.includes('-h');
}
