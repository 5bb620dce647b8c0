import type pg from 'pg';
import type { HasuraMetadata } from '../metadata/types.js';
import { ensureEventCatalog, eventCatalogExists } from './catalog.js';
import { withRetry } from '../platform/backoff.js';
import { tableColumns, tableColumnsFrom, tableKey, type ColumnsOf } from './table-columns.js';
import { eventTriggersOf, type TriggerEntry } from './trigger-config.js';
import { TRIGGER_OPS, dropTrigger, dropTriggerFunction, renderTriggerFunction, type TriggerFunction } from './trigger-sql.js';

/**
 * Makes the database's `notify_hasura_*` functions and triggers match the metadata, in one
 * transaction: creates the catalog if missing, replaces functions whose text differs,
 * creates missing triggers, and drops (CASCADE) functions of triggers no longer in the
 * metadata, archiving those triggers' events as Hasura's `dropTriggerAndArchiveEvents` does.
 * Nothing is touched when the database already matches, so every engine may run it at start.
 */
export interface SyncReport {
  created: string[];
  replaced: string[];
  dropped: string[];
  /** Triggers whose table is missing: left out, like Hasura's inconsistent objects. */
  skipped: { trigger: string; reason: string }[];
}

interface Existing {
  functions: Map<string, string>;
  triggers: { name: string; schema: string; table: string; enabled: string }[];
}

export function desiredFunctions(triggers: readonly TriggerEntry[], columns: Map<string, { name: string; type: string }[]>, report: SyncReport): TriggerFunction[] {
  const desired: TriggerFunction[] = [];
  for (const trigger of triggers) {
    const tableCols = columns.get(tableKey(trigger.table));
    if (!tableCols) {
      report.skipped.push({ trigger: trigger.name, reason: `table ${trigger.table.schema}.${trigger.table.name} does not exist` });
      continue;
    }
    for (const op of TRIGGER_OPS) {
      const spec = trigger.conf.definition[op.toLowerCase() as 'insert' | 'update' | 'delete'];
      if (spec) desired.push(renderTriggerFunction(trigger.name, trigger.table, tableCols, op, spec));
    }
  }
  return desired;
}

async function existing(client: pg.ClientBase): Promise<Existing> {
  const functions = await client.query(
    `SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'hdb_catalog' AND p.proname LIKE 'notify\\_hasura\\_%' AND p.pronargs = 0`,
  );
  const triggers = await client.query(
    `SELECT t.tgname AS name, n.nspname AS schema, c.relname AS table, t.tgenabled AS enabled
     FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND t.tgname LIKE 'notify\\_hasura\\_%'`,
  );
  return {
    functions: new Map(functions.rows.map((r) => [r.proname as string, r.prosrc as string])),
    triggers: triggers.rows,
  };
}

/** `notify_hasura_<name>_<OP>` back to `<name>`. */
function triggerNameOf(functionName: string): string {
  return functionName.replace(/^notify_hasura_/, '').replace(/_(INSERT|UPDATE|DELETE)$/, '');
}

async function syncOnce(client: pg.ClientBase, metadata: HasuraMetadata, columnsOf: ColumnsOf | undefined): Promise<SyncReport> {
  const report: SyncReport = { created: [], replaced: [], dropped: [], skipped: [] };
  const triggers = eventTriggersOf(metadata);
  // Created once a trigger needs it, so a cleared metadata (clear_metadata drops it) stays clear.
  if (triggers.length === 0 && !(await eventCatalogExists(client))) return report;
  await ensureEventCatalog(client);
  const tables = triggers.map((t) => t.table);
  const columns = columnsOf ? tableColumnsFrom(columnsOf, tables) : await tableColumns(client, tables);
  const desired = desiredFunctions(triggers, columns, report);
  const wanted = new Map(desired.map((f) => [f.name, f]));
  const current = await existing(client);
  const keptTriggerNames = new Set(triggers.map((t) => t.name));
  const onReplication = new Set(triggers.filter((t) => (t.conf as { trigger_on_replication?: unknown }).trigger_on_replication === true).map((t) => t.name));

  for (const name of current.functions.keys()) {
    if (wanted.has(name)) continue;
    await client.query(dropTriggerFunction(name));
    report.dropped.push(name);
  }
  const gone = [...new Set(report.dropped.map(triggerNameOf))].filter((n) => !keptTriggerNames.has(n));
  if (gone.length > 0) {
    await client.query(`UPDATE hdb_catalog.event_log SET archived = 't' WHERE trigger_name = ANY($1::text[])`, [gone]);
  }

  for (const fn of desired) {
    const body = current.functions.get(fn.name);
    if (body !== fn.body) {
      await client.query(fn.createFunction);
      (body === undefined ? report.created : report.replaced).push(fn.name);
    }
    const placed = current.triggers.filter((t) => t.name === fn.name);
    let onTable = false;
    for (const t of placed) {
      if (t.schema === fn.table.schema && t.table === fn.table.name) onTable = true;
      else await client.query(dropTrigger(t.name, { schema: t.schema, name: t.table }));
    }
    if (!onTable) await client.query(fn.createTrigger);
    // trigger_on_replication: fire for changes applied by logical replication too (Hasura's
    // `ENABLE ALWAYS TRIGGER`); otherwise Postgres' default ('O': origin and local only).
    const always = onReplication.has(fn.trigger);
    const state = placed.find((t) => t.schema === fn.table.schema && t.table === fn.table.name)?.enabled ?? 'O';
    if (always !== (state === 'A')) await client.query(always ? fn.enableAlways : fn.enableOrigin);
  }
  return report;
}

/** `columnsOf`: the trigger tables' columns as the schema cache read them; without it they are read from the catalog. */
export async function syncEventTriggers(pool: pg.Pool, metadata: HasuraMetadata, columnsOf?: ColumnsOf): Promise<SyncReport> {
  // DDL on a busy table can deadlock with application transactions; try again.
  return withRetry(
    async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const report = await syncOnce(client, metadata, columnsOf);
        await client.query('COMMIT');
        return report;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    { attempts: 5 },
  );
}
