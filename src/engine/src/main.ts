import { configFromEnv } from './config.js';
import { startEngine } from './engine.js';
import { createLogger } from './platform/logger.js';

/**
 * `npm run engine` / `npx tsx src/engine/src/main.ts`: the engine alone, configured like
 * Hasura's `graphql-engine serve` through HASURA_GRAPHQL_* variables.
 */
async function main(): Promise<void> {
  const logger = createLogger();
  const engine = await startEngine(configFromEnv(process.env), { logger });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ type: 'shutdown', signal }, 'stopping');
    engine.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`engine stop failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`engine failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
