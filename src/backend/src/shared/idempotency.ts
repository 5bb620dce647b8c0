import type { Queryable } from './database.js';

/** What a function answered for an event, stored in processed_events.result. */
export type EventResult = { status: 'applied' | 'skipped' } & Record<string, unknown>;

export type Claim = { kind: 'claimed' } | { kind: 'already-processed'; result: EventResult };

/**
 * Claims an event id inside the caller's transaction. The INSERT holds the key's lock
 * until COMMIT, so a duplicate delivered at the same moment waits here, then sees the
 * first delivery's row and its result; if the first delivery rolled back instead, the
 * duplicate claims the id and does the work itself.
 */
export async function claimEvent(client: Queryable, eventId: string, triggerName: string): Promise<Claim> {
  if (await insertProcessed(client, eventId, triggerName, '{"status":"in-progress"}')) return { kind: 'claimed' };
  const result = await findProcessedResult(client, eventId);
  if (!result) throw new Error(`processed_events row for ${eventId} vanished during the claim`);
  return { kind: 'already-processed', result };
}

/** The row of an event id unless one exists; false when it does (waiting first for the commit or rollback of a transaction writing it). */
async function insertProcessed(client: Queryable, eventId: string, triggerName: string, resultJson: string): Promise<boolean> {
  const inserted = await client.query(
    `INSERT INTO processed_events (event_id, trigger_name, result)
     VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (event_id) DO NOTHING
     RETURNING event_id`,
    [eventId, triggerName, resultJson],
  );
  return inserted.rowCount === 1;
}

/**
 * Records an event as processed with its result, after its work, inside the caller's
 * transaction (the claim made last). False when another delivery of the same event recorded it
 * first: the INSERT waits for that delivery's commit (or rollback) and then sees its row.
 */
export function recordProcessed(client: Queryable, eventId: string, triggerName: string, result: EventResult): Promise<boolean> {
  return insertProcessed(client, eventId, triggerName, JSON.stringify(result));
}

/** Stores the result of a claimed event; commits together with the effect. */
export async function recordResult(client: Queryable, eventId: string, result: EventResult): Promise<void> {
  await client.query('UPDATE processed_events SET result = $2 WHERE event_id = $1', [eventId, JSON.stringify(result)]);
}

/** The stored result of an event processed earlier (inside a transaction, or outside it as a fast path). */
export async function findProcessedResult(client: Queryable, eventId: string): Promise<EventResult | undefined> {
  const found = await client.query<{ result: EventResult }>('SELECT result FROM processed_events WHERE event_id = $1', [eventId]);
  return found.rows[0]?.result;
}
