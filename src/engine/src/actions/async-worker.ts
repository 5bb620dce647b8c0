import type pg from 'pg';
import type { ActionsCatalog } from '../schema/catalog.js';
import { toError } from '../events/errors.js';
import type { Logger } from '../platform/logger.js';
import type { ActionRunner } from './action-runner.js';
import { ActionError } from './webhook-protocol.js';
import { claimAction, completeAction, failAction } from './action-log-sql.js';

export interface AsyncActionWorkerOptions {
  pool: pg.Pool;
  runner: ActionRunner;
  /** The actions served now (they change with the metadata). */
  actions(): ActionsCatalog | undefined;
  logger: Logger;
  /** HASURA_GRAPHQL_ASYNC_ACTIONS_FETCH_INTERVAL (ms); Hasura's default is 1000. */
  intervalMs: number;
  /** Deliveries in flight at once (Hasura takes 10 per fetch). */
  concurrency?: number;
}

/**
 * Delivers async actions from hdb_catalog.hdb_action_log (Hasura's asyncActionsProcessor). Each
 * entry is claimed with `FOR UPDATE SKIP LOCKED` and marked `processing` in a transaction that
 * stays open until the handler answered and the result is written: if the engine dies in
 * between, the transaction rolls back and the entry is `created` again for the next claim
 * (at least once), and engines sharing the database never take the same entry. This costs a
 * connection per delivery in flight, bounded by `concurrency`.
 */
export function createAsyncActionWorker(options: AsyncActionWorkerOptions) {
  const { pool, runner, logger } = options;
  const concurrency = options.concurrency ?? 10;
  let running = false;
  /** Paused loops, each resolved by its timer or by a wake-up. */
  const waiters = new Set<() => void>();
  const loops: Promise<void>[] = [];

  async function deliverOne(names: string[]): Promise<boolean> {
    const client = await pool.connect();
    // A connection lost while the handler runs errors on the checked-out client: without a
    // listener node would throw it as unhandled. The statements after it fail and say why.
    let lost: Error | undefined;
    const onError = (error: Error) => {
      lost = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const claimed = await claimAction(client, names);
      if (!claimed) {
        await client.query('COMMIT');
        return false;
      }
      const action = options.actions()?.actions.find((a) => a.name === claimed.action_name && a.kind === 'asynchronous');
      if (!action) {
        // Dropped since the claim: left as it was.
        await client.query('ROLLBACK');
        return false;
      }
      try {
        const output = await runner.callHandler(action, claimed.input_payload ?? {}, {
          sessionVariables: claimed.session_variables ?? {},
          clientHeaders: claimed.request_headers ?? {},
          query: '',
        });
        await completeAction(client, claimed.id, output);
      } catch (thrown) {
        const error = thrown instanceof ActionError ? thrown : new ActionError('unexpected error calling the action handler', 'unexpected', undefined, toError(thrown).message);
        const json = { ...error.toJSON(), ...(error.extensions ? { extensions: error.extensions } : {}) };
        await failAction(client, claimed.id, json);
      }
      await client.query('COMMIT');
      return true;
    } catch (error) {
      if (!lost) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', onError);
      // A lost connection is not given back to the pool.
      client.release(lost);
    }
  }

  function pause(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, options.intervalMs);
      waiters.add(done);
    });
  }

  const wakeAll = () => {
    for (const done of [...waiters]) done();
  };

  async function loop(): Promise<void> {
    while (running) {
      let delivered = false;
      // Only entries of async actions served now are taken (Hasura leaves others alone).
      const names = (options.actions()?.actions ?? []).filter((a) => a.kind === 'asynchronous').map((a) => a.name);
      if (names.length > 0) {
        try {
          delivered = await deliverOne(names);
        } catch (error) {
          logger.error({ type: 'async-action', err: toError(error) }, 'async action delivery failed');
        }
      }
      if (!delivered && running) await pause();
    }
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      for (let i = 0; i < concurrency; i++) loops.push(loop());
    },
    /** A new entry was committed here: look at once instead of at the next interval. */
    wake(): void {
      wakeAll();
    },
    async stop(): Promise<void> {
      running = false;
      wakeAll();
      await Promise.all(loops);
    },
  };
}

export type AsyncActionWorker = ReturnType<typeof createAsyncActionWorker>;
