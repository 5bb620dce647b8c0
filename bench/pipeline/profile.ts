import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scenarioName, type PipelineConfig } from './config.js';
import { MODES } from './modes.js';
import { preparePeople, type People } from './people.js';
import { summarizeProfile, topLines, type CpuProfile } from './profile-summary.js';
import { scenarioTable } from './report.js';
import { runScenario, warmUp } from './scenario.js';
import { startPipelineStack, type PipelineStack } from './stack.js';

/**
 * BENCH_PIPELINE_PROFILE=<dir>: one stack in our timing, the engine and the functions under
 * `node --cpu-prof`, Postgres with pg_stat_statements; one scenario; then where each
 * process's CPU went per order (profile samples inside the scenario only) and the top
 * statements with their calls per order. Profiling slows the Node processes down: the
 * figures of this run are for finding the hot spots, not for comparing with other runs.
 */
const hrtimeUs = () => Number(process.hrtime.bigint() / 1000n);

interface Statement {
  query: string;
  calls: string;
  total_ms: number;
  mean_ms: number;
  rows: string;
}

async function topStatements(stack: PipelineStack, orders: number): Promise<string[]> {
  const { rows } = await stack.sql.query<Statement>(
    `SELECT query, calls::text, total_exec_time + total_plan_time AS total_ms, mean_exec_time AS mean_ms, rows::text
     FROM bench.pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND query NOT ILIKE '%pg_stat_statements%'
     ORDER BY total_exec_time + total_plan_time DESC LIMIT 30`,
  );
  const { rows: all } = await stack.sql.query<{ calls: string; total_ms: number }>(
    `SELECT sum(calls)::text AS calls, sum(total_exec_time + total_plan_time) AS total_ms
     FROM bench.pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()`,
  );
  const lines = [
    `all statements: ${(Number(all[0]!.calls) / orders).toFixed(1)} per order, ${(all[0]!.total_ms / orders).toFixed(2)} ms of execution + planning per order`,
    '  calls/order   ms/order   mean ms   rows/call  statement',
  ];
  for (const s of rows) {
    const calls = Number(s.calls);
    const text = s.query.replace(/\s+/g, ' ').trim();
    lines.push(
      `${(calls / orders).toFixed(2).padStart(13)} ${(s.total_ms / orders).toFixed(3).padStart(10)} ${s.mean_ms.toFixed(3).padStart(9)} ${(Number(s.rows) / Math.max(1, calls)).toFixed(1).padStart(11)}  ${text.length > 160 ? `${text.slice(0, 157)}...` : text}`,
    );
  }
  return lines;
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
  await stack.sql.query('SELECT bench.pg_stat_statements_reset()');
  log(`profiling ${scenarioName(config.profileScenario)}`);
  const window = { fromUs: hrtimeUs(), toUs: 0 };
  const result = await runScenario(stack, people, config.profileScenario, config);
  window.toUs = hrtimeUs();
  const statements = await topStatements(stack, Math.max(1, result.assigned));
  const pids = { engine: stack.pids.engine, functions: stack.pids.functions };
  await people.close();
  entry.people = undefined;
  await stack.stop();
  running.splice(running.indexOf(entry), 1);

  const orders = Math.max(1, result.assigned);
  const out: string[] = [scenarioTable(config.profileScenario, [result], config), ''];
  out.push(`webhook deliveries: ${result.counters.invocations}; functions' statements per delivery ${(result.counters.functionStatements / Math.max(1, result.counters.invocations)).toFixed(2)}, transactions per delivery ${(result.counters.functionTransactions / Math.max(1, result.counters.invocations)).toFixed(2)}`);
  for (const [name, pid] of Object.entries(pids)) {
    const file = readdirSync(cpuDir).find((f) => f.split('.')[3] === String(pid));
    if (!file) {
      out.push(`\n${name}: no profile written (pid ${pid})`);
      continue;
    }
    const totals = summarizeProfile(JSON.parse(readFileSync(join(cpuDir, file), 'utf8')) as CpuProfile, window);
    out.push(
      `\n${name} (${file}): main thread busy ${(totals.busyMs / orders).toFixed(2)} ms per order, idle ${((100 * totals.idleMs) / (totals.idleMs + totals.busyMs)).toFixed(0)}% of the window`,
      'self time by area:',
      ...topLines(totals.areas, totals.busyMs, orders, 20),
      'inclusive time of our own folders (their code and all it calls):',
      ...topLines(totals.inclusiveAreas, totals.busyMs, orders, 20),
      'self time by function:',
      ...topLines(totals.functions, totals.busyMs, orders, 30),
    );
  }
  out.push('\nPostgres statements during the scenario (pg_stat_statements, app database):', ...statements);
  const text = out.join('\n');
  writeFileSync(join(dir, 'summary.txt'), `${text}\n`);
  console.log(text);
  log(`profiles in ${cpuDir}, summary in ${join(dir, 'summary.txt')}`);
}
