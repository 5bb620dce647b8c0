import type pg from 'pg';
import { now, sleep } from './clock.js';
import { spread, type Spread } from './stats.js';
import type { Watcher } from './watchers.js';

/**
 * How soon a change reaches the pages that show it while the pipeline runs. `perSecond`
 * times a second, evenly spaced (so Hasura's 1 s refetch meets them at every phase), one
 * watched order gets a new delivery address carrying a sequence number, by SQL straight to
 * Postgres: a column the order page shows and no event trigger or status rule looks at (see
 * `allowProbeUpdates`). The
 * update returns `clock_timestamp()` from inside its transaction (the clock the pipeline's
 * `agent_assigned commit -> customer` figure uses); the order page's subscriber reports
 * when a push carrying that number arrives. Orders are taken in turn across the watchers, so
 * one order is not changed again before its last change has long been pushed.
 */
export const PROBES_PER_SECOND = 10;

export interface PushResult {
  /** From the update's commit to the page's push, in ms. */
  latency: Spread;
  /** Updates committed while the scenario ran. */
  sent: number;
  /** Of those, how many the page never showed (within the grace after the scenario). */
  missed: number;
  updateErrors: number;
}

interface Probe {
  orderId: string;
  committedAt?: number;
  seenAt?: number;
}

const MARKER = /^Probe (\d+), /;

/** Latencies of the probes both committed and seen; the rest committed but unseen are missed. */
export function pushResult(probes: Iterable<Probe>, updateErrors: number): PushResult {
  const latencies: number[] = [];
  let sent = 0;
  for (const probe of probes) {
    if (probe.committedAt === undefined) continue;
    sent++;
    if (probe.seenAt !== undefined) latencies.push(probe.seenAt - probe.committedAt);
  }
  return { latency: spread(latencies), sent, missed: sent - latencies.length, updateErrors };
}

/**
 * The app freezes an order's delivery address once it is placed (`orders_apply_saved_address`);
 * the probe's updates are a stand-in for any change the page shows, so the benchmark's throwaway
 * stacks lift that one rule (the change trigger that drives live queries stays).
 */
export async function allowProbeUpdates(sql: pg.Pool): Promise<void> {
  await sql.query('ALTER TABLE orders DISABLE TRIGGER orders_apply_saved_address');
}

export class PushProbe {
  private readonly orderIds: string[];
  private readonly probes = new Map<number, Probe>();
  private readonly updates = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private next = 0;
  private sequence = 0;
  private updateErrors = 0;

  constructor(
    private readonly sql: pg.Pool,
    watchers: readonly Watcher[],
    private readonly perSecond = PROBES_PER_SECOND,
  ) {
    // Interleaved: consecutive probes go to different watchers' sockets.
    const longest = Math.max(0, ...watchers.map((w) => w.orderIds.length));
    this.orderIds = Array.from({ length: longest }, (_, i) => watchers.flatMap((w) => (i < w.orderIds.length ? [w.orderIds[i]!] : []))).flat();
  }

  start(): void {
    this.probes.clear();
    this.updateErrors = 0;
    if (this.orderIds.length > 0) this.timer = setInterval(() => this.update(), 1000 / this.perSecond);
  }

  /** A page's push: counts if it carries a probe's number for that order. */
  seen(orderId: string, deliveryAddress: string, at: number): void {
    const match = MARKER.exec(deliveryAddress);
    const probe = match ? this.probes.get(Number(match[1])) : undefined;
    if (probe?.orderId === orderId) probe.seenAt ??= at;
  }

  /** Stops updating at once; resolves when every update's push arrived or `graceMs` passed. */
  async stop(graceMs = 5000): Promise<PushResult> {
    clearInterval(this.timer);
    this.timer = undefined;
    await Promise.all(this.updates);
    const deadline = now() + graceMs;
    while (now() < deadline && [...this.probes.values()].some((p) => p.committedAt !== undefined && p.seenAt === undefined)) await sleep(50);
    return pushResult(this.probes.values(), this.updateErrors);
  }

  private update(): void {
    const orderId = this.orderIds[this.next++ % this.orderIds.length]!;
    const sequence = ++this.sequence;
    const probe: Probe = { orderId };
    this.probes.set(sequence, probe);
    const update = this.sql
      .query<{ at: number }>(`UPDATE orders SET delivery_address = $2 WHERE id = $1 RETURNING extract(epoch FROM clock_timestamp()) * 1000 AS at`, [
        orderId,
        `Probe ${sequence}, 1 Bench Street`,
      ])
      .then((result) => {
        if (result.rowCount === 1) probe.committedAt = Number(result.rows[0]!.at);
        else this.updateErrors++;
      })
      .catch(() => {
        this.updateErrors++;
      })
      .finally(() => this.updates.delete(update));
    this.updates.add(update);
  }
}
