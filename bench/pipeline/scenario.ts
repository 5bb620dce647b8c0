import type { ModeName, Scenario } from './config.js';
import { countersBetween, readCounters, type Counters } from './counters.js';
import type { OrderRecord } from './customer.js';
import { driveLoad } from './load.js';
import type { People } from './people.js';
import type { PushProbe, PushResult } from './push-probe.js';
import { settle } from './settle.js';
import type { PipelineStack } from './stack.js';
import { latencies, statusTimes, type Latencies } from './stages.js';
import { handoffs, type Handoffs } from './handoffs.js';
import { UsageMeter, type Usage } from './usage.js';

/** One scenario on one stack: load, then what it cost and how long each order took. */
export interface ScenarioResult {
  mode: ModeName;
  scenario: Scenario;
  placed: number;
  assigned: number;
  failed: number;
  unfinished: number;
  errors: number;
  firstError?: string;
  /**
   * Orders' worth of work done: each order counts the share of the four hops it completed
   * (validated, paid, approved, agent_assigned), so costs "per order" stay fair when an
   * overloaded run ends with orders half way. Equal to `assigned` when every order finished.
   */
  ordersDone: number;
  /** Orders reaching agent_assigned per second, in steady state (see throughput()). */
  ordersPerSecond: number;
  latencies: Latencies;
  /** Couriers coming free -> the longest-waiting order assigned to them. */
  handoffs: Handoffs;
  usage: Usage;
  counters: Counters;
  /** Orders still short of a courier after the drain, cleared before the next scenario. */
  cancelled: number;
  courierErrors: number;
  /** With extra subscribers: how soon changes to their orders reached them during the load. */
  push?: PushResult;
}

export interface ScenarioOptions {
  /** Runs after the load, before the stack is settled (statistics that settling would add to). */
  afterLoad?: (ordersDone: number) => Promise<void>;
  /** Changes watched orders while the load runs and times their pushes. */
  probe?: PushProbe;
}

/**
 * Completions per second between the first and the last completion: in a closed loop and in
 * an open loop below capacity it is the rate orders flow at, and above capacity (a queue
 * builds, the drain runs out) it is the rate the stack manages. Timing from the first
 * placement instead would charge one lifecycle of start-up to every run. A few completions
 * bunched together (Hasura's timing releases them a poll at a time) say nothing about a rate:
 * under 10 completions or 2 s, the time from the first placement is used after all.
 */
export function throughput(records: readonly OrderRecord[], startedAt: number): number {
  const done = records
    .filter((r) => r.outcome === 'assigned')
    .map((r) => r.assignedSeenAt!)
    .sort((a, b) => a - b);
  if (done.length === 0) return Number.NaN;
  const span = done[done.length - 1]! - done[0]!;
  if (done.length < 10 || span < 2000) return (done.length * 1000) / (done[done.length - 1]! - startedAt);
  return ((done.length - 1) * 1000) / span;
}

const HOPS = ['validated', 'paid', 'approved', 'agent_assigned'];

export function ordersDone(records: readonly OrderRecord[], times: ReadonlyMap<string, Record<string, number>>): number {
  let done = 0;
  for (const record of records) {
    const t = times.get(record.id);
    if (t) done += HOPS.filter((status) => t[status] !== undefined).length / HOPS.length;
  }
  return done;
}

export async function runScenario(
  stack: PipelineStack,
  people: People,
  scenario: Scenario,
  sizes: { seconds: number; drainSeconds: number },
  { afterLoad, probe }: ScenarioOptions = {},
): Promise<ScenarioResult> {
  const before = await readCounters(stack);
  const meter = new UsageMeter(stack.pids);
  const courierErrorsBefore = people.couriers.errors;
  meter.start();
  probe?.start();
  const load = await driveLoad(scenario, sizes.seconds, sizes.drainSeconds, (index, stop) => {
    const customer = people.customers[index % people.customers.length]!;
    const restaurant = people.restaurants[Math.floor(Math.random() * people.restaurants.length)]!;
    return customer.order(restaurant, stop);
  });
  // The probe stops updating at once; its last pushes are awaited after the measurement.
  const pushing = probe?.stop();
  const usage = meter.stop();
  const after = await readCounters(stack);
  const push = await pushing;
  const records = load.records;
  const times = await statusTimes(
    stack.sql,
    records.map((r) => r.id),
  );
  const done = ordersDone(records, times);
  const handedOff = await handoffs(
    stack.sql,
    records.map((r) => r.id),
  );
  await afterLoad?.(done);
  const { cancelled } = await settle(
    stack,
    records.map((r) => r.id),
  );
  const count = (outcome: OrderRecord['outcome']) => records.filter((r) => r.outcome === outcome).length;
  const firstError = records.find((r) => r.error)?.error;
  return {
    mode: stack.mode.name,
    scenario,
    placed: records.length,
    assigned: count('assigned'),
    failed: count('failed'),
    unfinished: count('unfinished'),
    errors: count('error'),
    ...(firstError ? { firstError } : {}),
    ordersDone: done,
    ordersPerSecond: throughput(records, load.startedAt),
    latencies: latencies(records, times),
    handoffs: handedOff,
    usage,
    counters: countersBetween(before, after),
    cancelled,
    courierErrors: people.couriers.errors - courierErrorsBefore,
    ...(push ? { push } : {}),
  };
}

/** Unmeasured orders, four at a time: tsx compiles on first use, V8 optimises the hot paths. */
export async function warmUp(stack: PipelineStack, people: People, orders: number): Promise<void> {
  const stop = AbortSignal.timeout(120_000);
  const ids: string[] = [];
  let started = 0;
  await Promise.all(
    people.customers.slice(0, 4).map(async (customer) => {
      while (started < orders && !stop.aborted) {
        const restaurant = people.restaurants[started++ % people.restaurants.length]!;
        ids.push((await customer.order(restaurant, stop)).id);
      }
    }),
  );
  await settle(stack, ids);
}
