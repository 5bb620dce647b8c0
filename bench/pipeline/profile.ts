import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scenarioName, type PipelineConfig } from './config.js';
import { MODES } from './modes.js';
import { loadPastOrders } from './past-orders.js';
import { preparePeople, type People } from './people.js';
import { summarizeProfile, topLines, type CpuProfile } from './profile-summary.js';
import { scenarioTable } from './report.js';
import { runScenario, warmUp } from './scenario.js';
import { startPipelineStack, type PipelineStack } from './stack.js';

/**
 * BENCH_PIPELINE_PROFILE=<dir>: one stack in our timing, V8's sampling profiler (1 ms) in the
 * engine and the functions for the length of one scenario, Postgres with pg_stat_statements;
 * then where each process's CPU went per order and the top statements with their calls per
 * order. Profiling slows the Node processes down: the
 * figures of this run are for finding the hot spots, not for comparing with other runs.
 */
/** SIGUSR2 starts and stops the profiler in each (cpu-profile-preload.mjs). */
function toggleProfilers(pids: number[]): void {
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
}

async function profileOf(dir: string, pid: number): Promise<CpuProfile | undefined> {
  const file = join(dir, `${pid}.cpuprofile`);
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CpuProfile) : undefined;
}

interface Statement {
  query: string;
  calls: string;
  total_ms: number;
  plan_ms: number;
  mean_ms: number;
  rows: string;
}

/** The top statements, each numbered as in summary.txt with its whole text, to EXPLAIN them afterwards. */
function statementsFile(rows: Statement[]): string {
  return rows.map((s, i) => `-- ${i + 1}: ${s.calls} calls, ${s.mean_ms.toFixed(3)} ms each\n${s.query.trim()};\n`).join('\n');
}

async function topStatements(stack: PipelineStack, orders: number, dir: string): Promise<string[]> {
  const { rows } = await stack.sql.query<Statement>(
    `SELECT query, calls::text, total_exec_time + total_plan_time AS total_ms, total_plan_time AS plan_ms,
            (total_exec_time + total_plan_time) / greatest(calls, 1) AS mean_ms, rows::text
     FROM bench.pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND query NOT ILIKE '%pg_stat_statements%'
     ORDER BY total_exec_time + total_plan_time DESC LIMIT 30`,
  );
  const { rows: all } = await stack.sql.query<{ calls: string; total_ms: number; plan_ms: number }>(
    `SELECT sum(calls)::text AS calls, sum(total_exec_time + total_plan_time) AS total_ms, sum(total_plan_time) AS plan_ms
     FROM bench.pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()`,
  );
  const lines = [
    `all statements: ${(Number(all[0]!.calls) / orders).toFixed(1)} per order, ${(all[0]!.total_ms / orders).toFixed(2)} ms of planning + execution per order (${(all[0]!.plan_ms / orders).toFixed(2)} ms planning; times are wall times: lock waits and waiting for a core included)`,
    '  calls/order   ms/order   plan ms/order   mean ms   rows/call  statement',
  ];
  writeFileSync(join(dir, 'statements.sql'), statementsFile(rows));
  for (const [i, s] of rows.entries()) {
    const calls = Number(s.calls);
    const text = s.query.replace(/\s+/g, ' ').trim();
    lines.push(
      `${(calls / orders).toFixed(2).padStart(13)} ${(s.total_ms / orders).toFixed(3).padStart(10)} ${(s.plan_ms / orders).toFixed(3).padStart(15)} ${s.mean_ms.toFixed(3).padStart(9)} ${(Number(s.rows) / Math.max(1, calls)).toFixed(1).padStart(11)}  ${i + 1}: ${text.length > 160 ? `${text.slice(0, 157)}...` : text}`,
    );
  }
  return lines;
}

/**
 * Every webhook delivery of the scenario by trigger and answer, with the size of what the
 * engine logged for it, and what the functions recorded: applied, skipped after a look at
 * the database, or nothing (answered from the payload alone, no processed_events row).
 */
async function deliveries(stack: PipelineStack, since: string, orders: number): Promise<string[]> {
  const { rows } = await stack.sql.query<{ trigger_name: string; status: number; n: number; request: number; response: number }>(
    `SELECT trigger_name, status, count(*)::int AS n, avg(octet_length(request::text))::int AS request, avg(octet_length(response::text))::int AS response
     FROM hdb_catalog.event_invocation_logs WHERE created_at >= $1::timestamptz AT TIME ZONE current_setting('TimeZone')
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [since],
  );
  const { rows: recorded } = await stack.sql.query<{ trigger_name: string; status: string; n: number }>(
    `SELECT trigger_name, result->>'status' AS status, count(*)::int AS n FROM processed_events WHERE processed_at >= $1::timestamptz GROUP BY 1, 2 ORDER BY 1, 2`,
    [since],
  );
  return [
    '  per order  HTTP  logged request/response bytes  trigger',
    ...rows.map((r) => `${(r.n / orders).toFixed(2).padStart(11)}  ${r.status}  ${String(r.request).padStart(14)} / ${String(r.response).padEnd(14)} ${r.trigger_name}`),
    'processed_events rows written (the others were answered from the payload alone):',
    ...recorded.map((r) => `${(r.n / orders).toFixed(2).padStart(11)}  ${r.status.padEnd(8)} ${r.trigger_name}`),
  ];
}

/**
 * The status changes of the scenario's orders as a timeline: a history row's `changed_at` is
 * the clock when the status UPDATE wrote it, and its transaction's commit time comes from
 * track_commit_timestamp. So for each change, the gap since the previous change committed (the
 * event's NOTIFY, the claim, the webhook, the function's work before its UPDATE; for `paid`, the
 * customer's app too) and the time from the UPDATE to its commit.
 */
async function hopTimeline(stack: PipelineStack, since: string): Promise<string[]> {
  const { rows } = await stack.sql.query<{ hop: string; n: number; gap50: number; gap95: number; commit50: number; commit95: number }>(
    `WITH h AS (
       SELECT h.order_id, h.id, h.to_status::text AS to_status, h.changed_at, pg_xact_commit_timestamp(h.xmin) AS committed,
              lag(h.to_status::text) OVER w AS prev_status, lag(pg_xact_commit_timestamp(h.xmin)) OVER w AS prev_committed
         FROM order_status_history h
        WHERE h.order_id IN (SELECT id FROM orders WHERE created_at >= $1::timestamptz)
       WINDOW w AS (PARTITION BY h.order_id ORDER BY h.id)
     )
     SELECT prev_status || ' -> ' || to_status AS hop, count(*)::int AS n,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM changed_at - prev_committed) * 1000) AS gap50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM changed_at - prev_committed) * 1000) AS gap95,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM committed - changed_at) * 1000) AS commit50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM committed - changed_at) * 1000) AS commit95
       FROM h WHERE prev_committed IS NOT NULL AND committed IS NOT NULL
      GROUP BY 1 HAVING count(*) >= 3 ORDER BY min(id)`,
    [since],
  );
  const ms = (n: number) => n.toFixed(1).padStart(7);
  return [
    '  changes  gap p50 / p95     UPDATE -> commit p50 / p95  status change',
    ...rows.map((r) => `${String(r.n).padStart(9)}  ${ms(r.gap50)} / ${ms(r.gap95)}     ${ms(r.commit50)} / ${ms(r.commit95)}       ${r.hop}`),
  ];
}

/** Trigger and other functions by total time (track_functions = all): nested in the statements above. */
async function topFunctions(stack: PipelineStack, orders: number): Promise<string[]> {
  const { rows } = await stack.sql.query<{ name: string; calls: string; total_ms: number; self_ms: number }>(
    `SELECT schemaname || '.' || funcname AS name, calls::text, total_time AS total_ms, self_time AS self_ms
     FROM pg_stat_user_functions ORDER BY total_time DESC LIMIT 15`,
  );
  return [
    '  calls/order  total ms/order  self ms/order  function',
    ...rows.map(
      (f) => `${(Number(f.calls) / orders).toFixed(2).padStart(13)} ${(f.total_ms / orders).toFixed(3).padStart(15)} ${(f.self_ms / orders).toFixed(3).padStart(14)}  ${f.name}`,
    ),
  ];
}

export async function runProfile(config: PipelineConfig, log: (line: string) => void, running: Array<{ stack: PipelineStack; people?: People }>): Promise<void> {
  const dir = resolve(config.profileDir!);
  const cpuDir = join(dir, 'cpuprofiles');
  mkdirSync(cpuDir, { recursive: true });
  const stack = await startPipelineStack(MODES.ours, { nice: config.nice, log, cpuProfileDir: cpuDir, statements: true });
  const entry: { stack: PipelineStack; people?: People } = { stack };
  running.push(entry);
  const people = (entry.people = await preparePeople(stack, config));
  await warmUp(stack, people, config.warmupOrders);
  if (config.pastOrders > 0) {
    await loadPastOrders(stack, config.pastOrders, log);
  }
  await stack.sql.query('SELECT bench.pg_stat_statements_reset(), pg_stat_reset()');
  await explainPlans(stack, true);
  const { rows: started } = await stack.sql.query<{ at: string }>('SELECT now()::text AS at');
  log(`profiling ${scenarioName(config.profileScenario)}`);
  const pids = { engine: stack.pids.engine, functions: stack.pids.functions };
  toggleProfilers(Object.values(pids));
  let statements: string[] = [];
  let functions: string[] = [];
  let delivered: string[] = [];
  let hops: string[] = [];
  const result = await runScenario(stack, people, config.profileScenario, config, {
    afterLoad: async (done) => {
      toggleProfilers(Object.values(pids));
      await explainPlans(stack, false);
      // Function statistics reach the shared view when a backend goes idle (at most every second).
      await new Promise((r) => setTimeout(r, 1500));
      statements = await topStatements(stack, Math.max(1, done), dir);
      functions = await topFunctions(stack, Math.max(1, done));
      delivered = await deliveries(stack, started[0]!.at, Math.max(1, done));
      hops = await hopTimeline(stack, started[0]!.at);
    },
  });
  const profiles = { engine: await profileOf(cpuDir, pids.engine), functions: await profileOf(cpuDir, pids.functions) };
  if (stack.postgresLog && existsSync(stack.postgresLog)) copyFileSync(stack.postgresLog, join(dir, 'plans.log'));
  await people.close();
  entry.people = undefined;
  await stack.stop();
  running.splice(running.indexOf(entry), 1);

  const orders = Math.max(1, result.ordersDone);
  const out: string[] = [scenarioTable(config.profileScenario, [result], config), ''];
  out.push('webhook deliveries by trigger and answer:', ...delivered);
  out.push(
    '\neach status change, from the commit of the one before (p50 / p95 ms; track_commit_timestamp): the gap until the status row was',
    'written (NOTIFY, claim, webhook, the function up to its UPDATE), then from that row to its commit:',
    ...hops,
  );
  out.push(
    `webhook deliveries: ${result.counters.invocations}; functions' statements per delivery ${(result.counters.functionStatements / Math.max(1, result.counters.invocations)).toFixed(2)}, transactions per delivery ${(result.counters.functionTransactions / Math.max(1, result.counters.invocations)).toFixed(2)}`,
  );
  for (const [name, profile] of Object.entries(profiles)) {
    if (!profile) {
      out.push(`\n${name}: no profile written`);
      continue;
    }
    const totals = summarizeProfile(profile);
    const cpuMsPerOrder = result.usage.cpuMs[name as keyof typeof pids] / orders;
    out.push(
      `\n${name} (${cpuDir}/${pids[name as keyof typeof pids]}.cpuprofile): ${cpuMsPerOrder.toFixed(1)} ms of CPU per order (/proc, all threads);` +
        ` the main thread's samples were ${((100 * totals.busyMs) / (totals.idleMs + totals.busyMs)).toFixed(0)}% busy; ms below = share of busy samples x CPU per order`,
      'self time by area:',
      ...topLines(totals.areas, totals.busyMs, cpuMsPerOrder, 20),
      'inclusive time of our own folders (their code and all it calls):',
      ...topLines(totals.inclusiveAreas, totals.busyMs, cpuMsPerOrder, 20),
      'self time by function:',
      ...topLines(totals.functions, totals.busyMs, cpuMsPerOrder, 30),
    );
  }
  out.push('\nPostgres statements during the scenario (pg_stat_statements, top level, app database):', ...statements);
  out.push('\nPostgres functions during the scenario (pg_stat_user_functions; their time is inside the statements that fired them):', ...functions);
  const text = out.join('\n');
  writeFileSync(join(dir, 'summary.txt'), `${text}\n`);
  console.log(text);
  log(`profiles in ${cpuDir}, summary in ${join(dir, 'summary.txt')}, sampled plans in ${join(dir, 'plans.log')}`);
}

/** auto_explain on (every statement, 5% of them sampled: stack.ts) for the scenario, or off. */
async function explainPlans(stack: PipelineStack, on: boolean): Promise<void> {
  await stack.sql.query(`ALTER SYSTEM SET auto_explain.log_min_duration = ${on ? 0 : -1}`);
  await stack.sql.query('SELECT pg_reload_conf()');
}
