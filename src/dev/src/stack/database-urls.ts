import { SUPERUSER, SUPERUSER_PASSWORD } from '../postgres/cluster.js';
import { APP_DATABASE } from './app-database.js';
import type { StackConfig } from './config.js';
import type { DatabaseUrls } from './parts.js';

/**
 * The app database's two addresses, known before anything starts: the engine's direct
 * one and the functions' one through pgBouncer (same credentials, pgBouncer's port).
 */
export function databaseUrls(config: StackConfig): DatabaseUrls & { admin?: string } {
  if (config.externalDatabaseUrl) {
    const pooled = new URL(config.externalDatabaseUrl);
    pooled.hostname = '127.0.0.1';
    pooled.port = String(config.ports.pgbouncer);
    pooled.search = '';
    return { direct: config.externalDatabaseUrl, pooled: pooled.toString() };
  }
  const local = (port: number, database: string) => `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    direct: local(config.ports.postgres, APP_DATABASE),
    pooled: local(config.ports.pgbouncer, APP_DATABASE),
    admin: local(config.ports.postgres, 'postgres'),
  };
}

/** For printing: an external server's password stays off the screen. */
export function redactPassword(url: string, config: StackConfig): string {
  if (!config.externalDatabaseUrl) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '****';
  return parsed.toString();
}
