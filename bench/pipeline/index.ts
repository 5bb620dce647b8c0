/**
 * The whole order pipeline under load: simulated customers place orders through the
 * engine's GraphQL and follow them by subscription, the functions move them through four
 * event hops (through pgBouncer), simulated couriers deliver and come free again. Closed
 * loop (N customers, one order each at a time) and open loop (a fixed arrival rate), with
 * the engine in our timing and in Hasura's default timing, side by side in the same run:
 * one stack per timing, both up at once, the scenarios taking turns.
 *
 *   npm run bench -- pipeline        (sizes: see config.ts and README.md; BENCH_PIPELINE_PROFILE=<dir> profiles)
 */
import { pipelineConfigFromEnv, type Scenario } from './config.js';
import { MODES } from './modes.js';
import { preparePeople, type People } from './people.js';
import { loadPastOrders } from './past-orders.js';
import { runProfile } from './profile.js';
import { allowProbeUpdates, PushProbe, PROBES_PER_SECOND } from './push-probe.js';
import { machineLine, quietnessWarning, realtimeTable, scenarioTable, summaryTable } from './report.js';
import { runScenario, warmUp, type ScenarioResult } from './scenario.js';
import { startPipelineStack, type PipelineStack } from './stack.js';
import { DASHBOARDS, Subscribers } from './subscribers.js';
import { PER_SOCKET, prepareWatchers, type Watcher } from './watchers.js';

const config = pipelineConfigFromEnv(process.env);
const log = (line: string) => process.stderr.write(`pipeline: ${line}\n`);

interface Running {
  stack: PipelineStack;
  people?: People;
  /** With BENCH_PIPELINE_SUBSCRIBERS: the accounts and orders of the extra subscribers, and the probe timing their pushes. */
  watchers?: Watcher[];
  probe?: PushProbe;
  /** The extra subscribers, open during this stack's turn only. */
  subscribers?: Subscribers;
}
const running: Running[] = [];
let stopping: Promise<void> | undefined;
function stopAll(): Promise<void> {
  stopping ??= Promise.all(
    running.map(async ({ stack, people, subscribers }) => {
      await subscribers?.close().catch(() => {});
      await people?.close().catch(() => {});
      await stack.stop();
    }),
  ).then(() => {});
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

async function runAll(title: string, scenarios: Scenario[]): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    const turn: ScenarioResult[] = [];
    // The modes take turns going first, so neither always runs right after the other's load.
    const order = index % 2 === 0 ? running : [...running].reverse();
    for (const entry of order) {
      const { stack, people } = entry;
      await openSubscribers(entry);
      try {
        const result = await runScenario(stack, people!, scenario, config, entry.probe ? { probe: entry.probe } : {});
        log(`${title}: ${stack.mode.name}, ${result.assigned}/${result.placed} orders assigned, ${result.ordersPerSecond.toFixed(1)} orders/s`);
        turn.push(result);
      } finally {
        await closeSubscribers(entry);
      }
    }
    turn.sort((a, b) => config.modes.indexOf(a.mode) - config.modes.indexOf(b.mode));
    console.log(scenarioTable(scenario, turn, config));
    results.push(...turn);
  }
  console.log(summaryTable(`Summary: ${title} (${machineLine()})`, results));
  if (config.subscribers > 0) console.log(realtimeTable(`Realtime under load: ${config.subscribers.toLocaleString('en-US')} extra subscribers, push latencies in ms`, results));
  return results;
}

/**
 * The extra subscribers are open only during their own stack's turn: held open throughout,
 * Hasura's timing would re-run them every second while the other timing is measured.
 */
async function openSubscribers(entry: Running): Promise<void> {
  if (!entry.watchers || !entry.probe) return;
  const probe = entry.probe;
  const started = Date.now();
  entry.subscribers = new Subscribers(entry.stack, entry.watchers, (orderId, address, at) => probe.seen(orderId, address, at));
  await entry.subscribers.open();
  log(`${entry.stack.mode.name}: ${config.subscribers} order pages and ${DASHBOARDS} dashboards open (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function closeSubscribers(entry: Running): Promise<void> {
  const subscribers = entry.subscribers;
  entry.subscribers = undefined;
  if (!subscribers) return;
  if (subscribers.errors > 0) log(`${entry.stack.mode.name}: ${subscribers.errors} subscription errors, the first: ${subscribers.firstError}`);
  await subscribers.close();
}

try {
  if (config.profileDir) {
    await runProfile(config, log, running);
  } else {
    const warning = quietnessWarning();
    log(`starting ${config.modes.length} stacks (${machineLine()})`);
    const stacks = await Promise.all(config.modes.map((mode) => startPipelineStack(MODES[mode], { nice: config.nice, log })));
    running.push(...stacks.map((stack) => ({ stack })));
    for (const entry of running) {
      entry.people = await preparePeople(entry.stack, config);
      await warmUp(entry.stack, entry.people, config.warmupOrders);
      log(`${entry.stack.mode.name}: ${config.customers} customers, ${config.agents} couriers, warmed up`);
      if (config.subscribers > 0) {
        entry.watchers = await prepareWatchers(entry.stack, config.subscribers);
        await allowProbeUpdates(entry.stack.sql);
        entry.probe = new PushProbe(entry.stack.sql, entry.watchers);
      }
    }
    const scenarios: Scenario[] = [...config.clients.map((clients): Scenario => ({ kind: 'closed', clients })), ...config.rates.map((rate): Scenario => ({ kind: 'open', rate }))];
    console.log(`\nOrder pipeline: insert -> validated -> paid -> approved -> agent_assigned, seen by the customer's subscription`);
    console.log(`${machineLine()} at the start; ${config.customers} customers, ${config.agents} couriers (delivering after ${config.deliveryMs} ms)`);
    if (config.subscribers > 0) {
      console.log(
        `Realtime under load: ${config.subscribers.toLocaleString('en-US')} extra order pages (${PER_SOCKET} per socket) and ${DASHBOARDS} dashboards open during each scenario; ` +
          `${PROBES_PER_SECOND} watched orders changed per second, each timed from its commit to its page's push`,
      );
    }
    if (warning) console.log(warning);
    const fresh = await runAll('seed data only', scenarios);
    if (config.pastOrders > 0) {
      for (const { stack } of running) {
        await loadPastOrders(stack, config.pastOrders, log);
      }
      const past = await runAll(`with ${config.pastOrders.toLocaleString('en-US')} past orders`, scenarios);
      console.log(summaryTable(`Summary: seed only, then with ${config.pastOrders.toLocaleString('en-US')} past orders`, [...fresh, ...past]));
    }
  }
} finally {
  await stopAll();
}
