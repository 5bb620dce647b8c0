import { cpus, loadavg } from 'node:os';
import { scenarioName, type Scenario } from './config.js';
import { MODES } from './modes.js';
import type { ScenarioResult } from './scenario.js';
import { STAGES, stageName } from './stages.js';
import type { Spread } from './stats.js';
import { PROCESS_NAMES } from './usage.js';

/** The printed tables: one per scenario with the modes side by side, and a summary. */

const ms = (v: number) => (Number.isNaN(v) ? '-' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const triple = (s: Spread) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const perOrder = (value: number, r: ScenarioResult) => (r.ordersDone > 0 ? value / r.ordersDone : Number.NaN);
const fixed = (digits: number) => (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(digits));
const stackCpu = (r: ScenarioResult) => PROCESS_NAMES.reduce((sum, p) => sum + r.usage.cpuMs[p], 0);
const corePercent = (cpuMs: number, r: ScenarioResult) => ((100 * cpuMs) / (r.usage.seconds * 1000)).toFixed(0);

const perSecond = (value: number, r: ScenarioResult) => value / r.usage.seconds;

/** The extra subscribers' rows, shown only when they were there. */
function pushRows(): Array<[string, (r: ScenarioResult) => string]> {
  return [
    ['  push latency under load p50 / p95 / p99 (ms)', (r) => (r.push ? triple(r.push.latency) : '-')],
    [
      '  push latency: pushes timed / updates',
      (r) =>
        r.push
          ? `${r.push.latency.count} / ${r.push.sent}${r.push.missed > 0 ? ` (${r.push.missed} never shown)` : ''}${r.push.updateErrors > 0 ? ` (${r.push.updateErrors} failed)` : ''}`
          : '-',
    ],
  ];
}

function rows(triggers: string[], withPush: boolean): Array<[string, (r: ScenarioResult) => string]> {
  return [
    ['orders placed / assigned / unfinished', (r) => `${r.placed} / ${r.assigned} / ${r.unfinished}${r.failed + r.errors > 0 ? ` (+${r.failed} failed, ${r.errors} errors)` : ''}`],
    ['orders/s through to agent_assigned', (r) => fixed(1)(r.ordersPerSecond)],
    ['orders of work done (hops completed / 4)', (r) => fixed(1)(r.ordersDone)],
    ['end-to-end p50 / p95 / p99 (ms)', (r) => triple(r.latencies.endToEnd)],
    ...STAGES.map((s): [string, (r: ScenarioResult) => string] => [`  ${stageName(s)} (ms)`, (r) => triple(r.latencies.stages[stageName(s)])]),
    ['  database placed->agent_assigned (ms)', (r) => triple(r.latencies.lifecycle)],
    ['  agent_assigned commit -> customer (ms)', (r) => triple(r.latencies.pushLag)],
    ['courier freed -> oldest waiting order assigned (ms)', (r) => (r.handoffs.waited > 0 ? triple(r.handoffs.latency) : '-')],
    ['  orders that waited for a courier / assigned out of turn', (r) => `${r.handoffs.waited} / ${r.handoffs.outOfTurn}`],
    ...(withPush ? pushRows() : []),
    ...PROCESS_NAMES.map((p): [string, (r: ScenarioResult) => string] => [`CPU ms per order: ${p}`, (r) => fixed(1)(perOrder(r.usage.cpuMs[p], r))]),
    ['CPU ms per order: stack total', (r) => fixed(1)(perOrder(stackCpu(r), r))],
    ["CPU ms per order: npm start's log relay", (r) => fixed(1)(perOrder(r.usage.cpuMs.runner, r))],
    ['CPU ms per order: simulated people', (r) => fixed(1)(perOrder(r.usage.cpuMs.clients, r))],
    ['stack CPU (% of one core)', (r) => corePercent(stackCpu(r), r)],
    ['other work on the machine (% of one core)', (r) => corePercent(Math.max(0, r.usage.machineCpuMs - stackCpu(r) - r.usage.cpuMs.runner - r.usage.cpuMs.clients), r)],
    ...PROCESS_NAMES.map((p): [string, (r: ScenarioResult) => string] => [`peak RSS MiB: ${p}`, (r) => mib(r.usage.peakBytes[p])]),
    ...triggers.map((t): [string, (r: ScenarioResult) => string] => [`events per order: ${t}`, (r) => fixed(2)(perOrder(r.counters.eventsByTrigger[t] ?? 0, r))]),
    ['webhook deliveries per order', (r) => fixed(2)(perOrder(r.counters.invocations, r))],
    [
      'functions: transactions / statements per order',
      (r) => `${fixed(1)(perOrder(r.counters.functionTransactions, r))} / ${fixed(1)(perOrder(r.counters.functionStatements, r))}`,
    ],
    ['Postgres transactions per order (all)', (r) => fixed(1)(perOrder(r.counters.postgresTransactions, r))],
    ['live queries: refreshes / cohorts run per order', (r) => `${fixed(1)(perOrder(r.counters.liveRefreshes, r))} / ${fixed(1)(perOrder(r.counters.liveCohortRuns, r))}`],
    ['live queries: pushes / change notifications per order', (r) => `${fixed(1)(perOrder(r.counters.livePushes, r))} / ${fixed(1)(perOrder(r.counters.changeNotifications, r))}`],
    ...(withPush
      ? ([
          ['live queries: cohorts run / pushes per second', (r) => `${fixed(0)(perSecond(r.counters.liveCohortRuns, r))} / ${fixed(0)(perSecond(r.counters.livePushes, r))}`],
        ] as Array<[string, (r: ScenarioResult) => string]>)
      : []),
  ];
}

export function scenarioTable(scenario: Scenario, results: ScenarioResult[], sizes: { seconds: number; drainSeconds: number; subscribers?: number }): string {
  const triggers = [...new Set(results.flatMap((r) => Object.keys(r.counters.eventsByTrigger)))].sort();
  const withPush = results.some((r) => r.push);
  const table = rows(triggers, withPush);
  const width = Math.max(...table.map(([label]) => label.length)) + 2;
  const column = Math.max(30, ...results.map((r) => MODES[r.mode].label.length + 2));
  const lines = [
    `\n${scenarioName(scenario)} (orders placed for ${sizes.seconds} s, then up to ${sizes.drainSeconds} s to reach a courier${withPush ? `; ${(sizes.subscribers ?? 0).toLocaleString('en-US')} extra subscribers` : ''})`,
    ' '.repeat(width) + results.map((r) => MODES[r.mode].label.padStart(column)).join(''),
  ];
  for (const [label, value] of table) lines.push(label.padEnd(width) + results.map((r) => value(r).padStart(column)).join(''));
  lines.push(...operationLines(results));
  lines.push(...results.map((r) => `  ${r.mode}: event hops, mean ms from the event's creation to its delivery starting + the webhook call: ${eventHops(r) || '-'}`));
  const notes = results.flatMap((r) => [
    ...(r.firstError ? [`${r.mode}: first error: ${r.firstError}`] : []),
    ...(r.courierErrors > 0 ? [`${r.mode}: ${r.courierErrors} courier errors`] : []),
  ]);
  return [...lines, ...notes.map((n) => `  note: ${n}`)].join('\n');
}

/** Where the cohort runs went: per subscribed operation, and the reasons of full refreshes (the largest first). */
function operationLines(results: ScenarioResult[]): string[] {
  const top = (counts: Record<string, number>, r: ScenarioResult, n: number) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, value]) => `${key} ${fixed(1)(perOrder(value, r))}`)
      .join(', ');
  return results.flatMap((r) => [
    `  ${r.mode}: live cohorts per order by operation: ${top(r.counters.cohortRunsByOperation, r, 8) || '-'}`,
    `  ${r.mode}: live pushes per order by operation: ${top(r.counters.pushesByOperation, r, 8) || '-'}`,
    `  ${r.mode}: targeted cohorts per order by operation and changed table: ${top(r.counters.targetedByTable, r, 10) || '-'}`,
    `  ${r.mode}: full-refresh requests per order by reason: ${top(r.counters.fullRequestsByReason, r, 8) || '-'}`,
  ]);
}

/** Per trigger: how long its events waited to be claimed (creation to delivery start) and how long the webhook took, means over the scenario. */
function eventHops(r: ScenarioResult): string {
  return Object.entries(r.counters.eventTimes)
    .filter(([, t]) => t.delivered > 0 && t.attempts > 0)
    .sort((a, b) => b[1].delivered - a[1].delivered)
    .map(([trigger, t]) => {
      const webhookMs = (1000 * t.webhookSec) / t.attempts;
      const waitMs = (1000 * t.latencySec) / t.delivered - webhookMs;
      return `${trigger} ${fixed(1)(waitMs)} + ${fixed(1)(webhookMs)}`;
    })
    .join(', ');
}

export function summaryTable(title: string, results: ScenarioResult[]): string {
  const header = ['scenario', 'timing', 'orders/s', 'e2e p50', 'p95', 'p99', 'unfinished', 'hand-off p99 (waited)', 'CPU ms/order eng', 'fn', 'pg', 'pgb'];
  const body = results.map((r) => [
    scenarioName(r.scenario),
    r.mode,
    fixed(1)(r.ordersPerSecond),
    ms(r.latencies.endToEnd.p50),
    ms(r.latencies.endToEnd.p95),
    ms(r.latencies.endToEnd.p99),
    `${r.unfinished}/${r.placed}`,
    r.handoffs.waited > 0 ? `${ms(r.handoffs.latency.p99)} (${r.handoffs.waited})` : '-',
    ...PROCESS_NAMES.map((p) => fixed(1)(perOrder(r.usage.cpuMs[p], r))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`\n${title}`, line(header), ...body.map(line)].join('\n');
}

/** With extra subscribers: each scenario's realtime figures on one line per timing. */
export function realtimeTable(title: string, results: ScenarioResult[]): string {
  const header = ['scenario', 'timing', 'orders/s', 'assigned push p50', 'p95', 'p99', 'push under load p50', 'p95', 'p99', 'timed', 'cohorts/s', 'engine %core', 'stack %core'];
  const body = results
    .filter((r) => r.push)
    .map((r) => [
      scenarioName(r.scenario),
      r.mode,
      fixed(1)(r.ordersPerSecond),
      ms(r.latencies.pushLag.p50),
      ms(r.latencies.pushLag.p95),
      ms(r.latencies.pushLag.p99),
      ms(r.push!.latency.p50),
      ms(r.push!.latency.p95),
      ms(r.push!.latency.p99),
      `${r.push!.latency.count}/${r.push!.sent}`,
      fixed(0)(perSecond(r.counters.liveCohortRuns, r)),
      corePercent(r.usage.cpuMs.engine, r),
      corePercent(stackCpu(r), r),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`\n${title}`, line(header), ...body.map(line)].join('\n');
}

export function machineLine(): string {
  const [one, five, fifteen] = loadavg();
  return `${cpus().length} cores, load average ${one!.toFixed(2)} / ${five!.toFixed(2)} / ${fifteen!.toFixed(2)}`;
}

/** Other work competing for the cores makes latency and CPU per order noise: say so in the output. */
export function quietnessWarning(): string | undefined {
  const [one] = loadavg();
  return one! > 1.5 ? `warning: the machine is not quiet (load average ${one!.toFixed(2)} before the stacks start): the figures include other work's contention` : undefined;
}
