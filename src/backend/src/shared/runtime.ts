import type pg from 'pg';
import type { BackendConfig } from './config.js';
import { createPool } from './database.js';
import { createLogger, type Logger } from './logger.js';
import { SimulatedCardGateway, type PaymentGateway } from '../payment/gateway.js';

/**
 * What every handler needs from its surroundings: configuration, a logger, the
 * container's connection pool and the card gateway. Lambda builds one per container
 * (module scope, outside the handler); localDevelopment builds one per server.
 */
export interface FunctionRuntime {
  config: BackendConfig;
  logger: Logger;
  /** The container's pool, created on first use (the auth function's OPTIONS needs none). */
  pool(): pg.Pool;
  gateway: PaymentGateway;
  close(): Promise<void>;
}

export function createRuntime(config: BackendConfig, overrides: { logger?: Logger; gateway?: PaymentGateway } = {}): FunctionRuntime {
  let pool: pg.Pool | undefined;
  let ledger: pg.Pool | undefined;
  // The simulated gateway is somebody else's service: it has its own connections, so its
  // ledger commits apart from the function's transaction (and never waits for a slot in it).
  const gatewayLedger = () => {
    const url = config.gatewayDatabaseUrl ?? config.databaseUrl;
    if (!url) throw new Error('DATABASE_URL is not set: the simulated card gateway keeps its ledger in Postgres');
    ledger ??= createPool(url, config.poolMax);
    return ledger;
  };
  return {
    config,
    logger: overrides.logger ?? createLogger(config.logLevel),
    gateway: overrides.gateway ?? new SimulatedCardGateway({ ledger: gatewayLedger, latencyMs: config.gatewayLatencyMs }),
    pool() {
      if (!config.databaseUrl) throw new Error('DATABASE_URL is not set: the functions need Postgres (through pgBouncer)');
      pool ??= createPool(config.databaseUrl, config.poolMax);
      return pool;
    },
    async close() {
      const current = [pool, ledger];
      pool = undefined;
      ledger = undefined;
      await Promise.all(current.map((p) => p?.end()));
    },
  };
}
