/**
 * Our engine under test, alone in its own process (the load generator must not share its
 * event loop), configured like `npm run engine`. Driven over IPC by servers.ts:
 * {start: env} -> {port}; {stop} -> {stopped}.
 */
import { configFromEnv } from '@3factor/engine/config.js';
import { silentLogger, startEngine, type RunningEngine } from '@3factor/engine/engine.js';

let engine: RunningEngine | null = null;

process.on('message', (message: { start?: Record<string, string>; stop?: true }) => {
  void (async () => {
    try {
      if (message.start) {
        engine = await startEngine(configFromEnv({ ...message.start }), { logger: silentLogger() });
        process.send!({ port: engine.port, node: process.version });
      } else if (message.stop) {
        await engine?.stop();
        process.send!({ stopped: true }, () => process.exit(0));
      }
    } catch (error) {
      process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  })();
});
