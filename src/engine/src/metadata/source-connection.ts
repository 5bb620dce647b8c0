import type { SourceMetadata } from './types.js';
import { MetadataApiError, parseFailed } from './errors.js';

/**
 * Where a Postgres source's connection comes from, as Hasura's `PostgresSourceConnInfo` reads
 * it: `database_url` is a URL, `{from_env: VAR}`, or `{connection_parameters: {...}}`. Pure: the
 * environment is passed in (config.env), so the metadata API and the pool registry agree.
 */
export interface SourcePoolSettings {
  maxConnections?: number;
  idleTimeoutSeconds?: number;
}

type ConnectionInfo = SourceMetadata['configuration']['connection_info'];

/** Hasura's message when `from_env` names a variable the server does not have. */
export const envNotSet = (name: string) => new MetadataApiError('not-found', `environment variable '${name}' not set`, 400, '$.args');

function connectionParametersUrl(params: Record<string, unknown>): string {
  const text = (key: string, fallback?: string): string => {
    const value = params[key];
    if (value === undefined || value === null) {
      if (fallback !== undefined) return fallback;
      throw parseFailed(`key "${key}" not found`, '$.args.configuration.connection_info.database_url.connection_parameters');
    }
    return String(value);
  };
  const user = encodeURIComponent(text('username'));
  const password = params.password === undefined || params.password === null ? '' : `:${encodeURIComponent(String(params.password))}`;
  return `postgresql://${user}${password}@${text('host')}:${text('port', '5432')}/${encodeURIComponent(text('database'))}`;
}

/** The connection URL of a source's `connection_info`; throws Hasura's errors for an unusable one. */
export function resolveDatabaseUrl(info: ConnectionInfo | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const url = info?.database_url;
  if (typeof url === 'string') return url;
  if (url && typeof url === 'object') {
    if ('from_env' in url && typeof url.from_env === 'string') {
      const value = env[url.from_env];
      if (value === undefined || value === '') throw envNotSet(url.from_env);
      return value;
    }
    if ('connection_parameters' in url && url.connection_parameters && typeof url.connection_parameters === 'object') {
      return connectionParametersUrl(url.connection_parameters);
    }
  }
  throw parseFailed('key "database_url" not found', '$.args.configuration.connection_info');
}

/** Hasura's pool settings (max_connections, idle_timeout in seconds); absent values keep the driver's. */
export function poolSettingsOf(info: ConnectionInfo | undefined): SourcePoolSettings {
  const settings = (info?.pool_settings ?? {}) as Record<string, unknown>;
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);
  return { maxConnections: num(settings.max_connections), idleTimeoutSeconds: num(settings.idle_timeout) };
}

/** Checks a `configuration` argument's shape: `connection_info` with a `database_url`. */
export function parseSourceConfiguration(value: unknown, path = '$.args.configuration'): SourceMetadata['configuration'] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw parseFailed('expected Object', path);
  const configuration = value as Record<string, unknown>;
  const info = configuration.connection_info;
  if (info === null || typeof info !== 'object' || Array.isArray(info)) throw parseFailed('key "connection_info" not found', path);
  if ((info as Record<string, unknown>).database_url === undefined) throw parseFailed('key "database_url" not found', `${path}.connection_info`);
  return configuration as SourceMetadata['configuration'];
}
