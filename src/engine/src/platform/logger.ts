import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The engine's one logger (pino, as the functions use): JSON lines with Hasura's field names,
 * `{"level":"info","timestamp":"...","type":"event-trigger",...}`, no pid or hostname.
 * Each unit of work logs through a child carrying its id (graphile-worker's `logger.scope`):
 * `request_id` per HTTP request, `event_id` per delivery, `websocket_id` and `operation_id`
 * per socket and operation.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: null,
      timestamp: () => `,"timestamp":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** For tests and embedders that want no output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** An entry in the `{ level, msg, ...fields }` shape that parts taking a plain `log(entry)` function emit. */
export function logEntry(logger: Logger, entry: object): void {
  const { level, msg, ...fields } = entry as { level?: unknown; msg?: unknown };
  const method = level === 'error' || level === 'warn' || level === 'debug' ? level : 'info';
  logger[method](fields, typeof msg === 'string' ? msg : undefined);
}

/**
 * The scope of the work in progress, for code that logs through a function handed out once
 * at startup (the websocket operation router): it logs with the operation's child, not the root.
 */
const scope = new AsyncLocalStorage<Logger>();

export function runInLogScope<T>(logger: Logger, work: () => T): T {
  return scope.run(logger, work);
}

export function scopedLogger(fallback: Logger): Logger {
  return scope.getStore() ?? fallback;
}
