import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines on stdout: CloudWatch on Lambda, the terminal under localDevelopment.
 * Handlers log through a child carrying the event id and trigger name.
 */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { service: '3factor-functions', ...base }, timestamp: pino.stdTimeFunctions.isoTime });
}
