import type pg from 'pg';
import { createPool } from '../platform/pg-pool.js';
import type { HasuraMetadata } from './types.js';
import { poolSettingsOf, resolveDatabaseUrl } from './source-connection.js';

/**
 * One connection pool per Postgres source. `default` is the engine's own pool (its catalog,
 * events and realtime live there); every other source gets a pool made from its
 * `connection_info` the first time it is used, and loses it when the metadata no longer has it
 * or its connection changed.
 */
export class SourcePools {
  private readonly pools = new Map<string, { key: string; pool: pg.Pool }>();

  constructor(
    private readonly defaultPool: pg.Pool,
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {}

  /** The pool of source `name` as `metadata` configures it; throws Hasura's errors for an unusable configuration. */
  poolFor(metadata: HasuraMetadata, name: string): pg.Pool {
    if (name === 'default') return this.defaultPool;
    const source = metadata.sources.find((s) => s.name === name);
    if (!source) throw new Error(`source with name "${name}" does not exist`);
    const info = source.configuration?.connection_info;
    const url = resolveDatabaseUrl(info, this.env);
    const settings = poolSettingsOf(info);
    const key = JSON.stringify([url, settings]);
    const known = this.pools.get(name);
    if (known?.key === key) return known.pool;
    if (known) void known.pool.end().catch(() => undefined);
    const pool = createPool(
      {
        connectionString: url,
        max: settings.maxConnections ?? 10,
        idleTimeoutMillis: (settings.idleTimeoutSeconds ?? 180) * 1000,
      },
      this.onError,
    );
    this.pools.set(name, { key, pool });
    return pool;
  }

  /** Closes the pools of sources `metadata` no longer has. */
  retainOnly(metadata: HasuraMetadata): void {
    for (const [name, { pool }] of this.pools) {
      if (!metadata.sources.some((s) => s.name === name)) {
        this.pools.delete(name);
        void pool.end().catch(() => undefined);
      }
    }
  }

  async closeAll(): Promise<void> {
    const pools = [...this.pools.values()].map((p) => p.pool);
    this.pools.clear();
    await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)));
  }
}
