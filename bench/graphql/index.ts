/**
 * GraphQL query benchmark: our engine against PostGraphile v5, in the same run, on the same
 * Postgres database (the app's schema, seed and a month of generated orders). Four queries
 * written idiomatically for each server and verified to return the same rows: a list, a
 * filtered list with nested items and restaurant, an aggregate, a by-pk lookup. Each query
 * is loaded closed-loop at a fixed concurrency, rounds alternating which server goes first.
 *
 *   npx tsx bench/graphql/index.ts      (or: npm run bench -- graphql)
 *   BENCH_GRAPHQL_CONNECTIONS=32 BENCH_GRAPHQL_SECONDS=10 BENCH_GRAPHQL_WARMUP=3 BENCH_GRAPHQL_ROUNDS=3 (defaults)
 *   BENCH_GRAPHQL_CUSTOMERS=200 BENCH_GRAPHQL_ORDERS=20000; BENCH_PROFILE=<dir> writes --cpu-prof files of both servers;
 *   BENCH_GRAPHQL_ENGINE_NODE22=1 runs our engine on the same Node 22 as PostGraphile;
 *   BENCH_GRAPHQL_UNNAMED=0 leaves out the row of ours sending unnamed statements (ENGINE_PREPARED_STATEMENTS=false)
 *
 * Both servers have full access: PostGraphile connects as the Postgres superuser (no RLS),
 * ours answers requests carrying the admin secret. An extra row runs ours as the app's
 * `customer` role with a JWT (permissions applied), which PostGraphile has no counterpart for.
 * Servers, load generator and Postgres are separate processes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { benchDatabase } from './database.js';
import { machineBusySeconds, processCpuSeconds, processTreeCpu, treeCpuDelta } from './cpu.js';
import type { LoadResult, LoadRun } from './load.js';
import { benchQueries, type BenchQuery, type Variant } from './queries.js';
import { formatTable, type Measurement, type Row } from './report.js';
import { depsDir, ensureDeps, node22, startOurEngine, startPostGraphile, type RunningServer } from './servers.js';
import { postGraphQL, verifySameAnswers, type Endpoint } from './verify.js';

const settings = {
  connections: Number(process.env.BENCH_GRAPHQL_CONNECTIONS ?? 32),
  seconds: Number(process.env.BENCH_GRAPHQL_SECONDS ?? 10),
  warmup: Number(process.env.BENCH_GRAPHQL_WARMUP ?? 3),
  rounds: Number(process.env.BENCH_GRAPHQL_ROUNDS ?? 3),
  customers: Number(process.env.BENCH_GRAPHQL_CUSTOMERS ?? 200),
  orders: Number(process.env.BENCH_GRAPHQL_ORDERS ?? 20_000),
};
/** Postgres connections per server: Hasura's (and our engine's) default, given to PostGraphile too. */
const POOL_SIZE = 50;
const ADMIN_SECRET = 'bench-graphql-admin-secret';
const JWT_KEY = 'bench-graphql-hs256-key-0123456789abcdef';
/** Distinct variable sets per query; the load generator cycles through them. */
const REQUEST_SET_SIZE = 2000;

const say = (line: string): void => void process.stderr.write(`graphql bench: ${line}\n`);

/** A query's requests as one server gets them. */
interface Scenario {
  query: string;
  server: string;
  target: RunningServer;
  bodies: string[];
  headers: Record<string, string>[];
}

function bodies(variant: Variant): string[] {
  const count = variant.query.includes('$') ? REQUEST_SET_SIZE : 1;
  return Array.from({ length: count }, (_, i) => JSON.stringify({ query: variant.query, variables: variant.variables(i) }));
}

function customerJwt(customerId: string): Promise<string> {
  return new SignJWT({ 'https://hasura.io/jwt/claims': { 'x-hasura-default-role': 'customer', 'x-hasura-allowed-roles': ['customer'], 'x-hasura-user-id': customerId } })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(JWT_KEY));
}

function ask<T>(proc: ChildProcess, message: object, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>): void => {
      if (!('error' in m) && !(key in m)) return;
      proc.off('message', onMessage);
      if ('error' in m) reject(new Error(String(m.error)));
      else resolve(m[key] as T);
    };
    proc.on('message', onMessage);
    proc.send(message);
  });
}

async function measure(loader: ChildProcess, scenario: Scenario, postgresPid: number): Promise<Measurement> {
  const run = (seconds: number): LoadRun => ({ url: scenario.target.graphqlUrl, bodies: scenario.bodies, headers: scenario.headers, connections: settings.connections, seconds });
  if (settings.warmup > 0) await ask<LoadResult>(loader, { run: run(settings.warmup) }, 'result');
  const before = {
    server: processCpuSeconds(scenario.target.pid),
    pg: processTreeCpu(postgresPid),
    load: processCpuSeconds(loader.pid!),
    all: machineBusySeconds(),
    at: performance.now(),
  };
  const load = await ask<LoadResult>(loader, { run: run(settings.seconds) }, 'result');
  const wall = (performance.now() - before.at) / 1000;
  const server = processCpuSeconds(scenario.target.pid) - before.server;
  const postgres = treeCpuDelta(before.pg, processTreeCpu(postgresPid));
  const loadGenerator = processCpuSeconds(loader.pid!) - before.load;
  const other = Math.max(0, machineBusySeconds() - before.all - server - postgres - loadGenerator);
  if (load.failed > 0) say(`${scenario.query} on ${scenario.server}: ${load.failed} failed requests, first: ${load.firstFailure}`);
  return { load, wallSeconds: wall, cpuSeconds: { server, postgres, loadGenerator, other } };
}

/** Ours as the `customer` role: the list and by-pk queries, each request with a customer's JWT. */
async function customerScenarios(queries: BenchQuery[], ours: RunningServer, orders: { id: string; customerId: string }[]): Promise<Scenario[]> {
  const customers = [...new Set(orders.map((o) => o.customerId))];
  const jwts = new Map(await Promise.all(customers.map(async (c) => [c, await customerJwt(c)] as const)));
  const auth = (customerId: string) => ({ authorization: `Bearer ${jwts.get(customerId)!}` });
  const list = queries.find((q) => q.name === 'list')!;
  const byPk = queries.find((q) => q.name === 'by-pk')!;
  const byId = new Map(orders.map((o) => [o.id, o.customerId]));
  const byPkBodies = bodies(byPk.ours);
  return [
    {
      query: 'list',
      server: 'ours (customer JWT)',
      target: ours,
      bodies: customers.map(() => JSON.stringify({ query: list.ours.query })),
      headers: customers.map(auth),
    },
    {
      query: 'by-pk',
      server: 'ours (customer JWT)',
      target: ours,
      bodies: byPkBodies,
      headers: byPkBodies.map((b) => auth(byId.get((JSON.parse(b) as { variables: { id: string } }).variables.id)!)),
    },
  ];
}

/** The customer scenarios must see their own orders only, and find them. */
async function verifyCustomerScenarios(scenarios: Scenario[], orders: { id: string; customerId: string }[]): Promise<void> {
  const owner = new Map(orders.map((o) => [o.id, o.customerId]));
  for (const s of scenarios) {
    for (let i = 0; i < 6; i++) {
      const body = JSON.parse(s.bodies[i % s.bodies.length]!) as { query: string; variables?: Record<string, unknown> };
      const endpoint: Endpoint = { url: s.target.graphqlUrl, headers: s.headers[i % s.headers.length]! };
      const data = await postGraphQL(endpoint, body.query, body.variables ?? {});
      const found = (s.query === 'list' ? (data.orders as { id: string }[]) : [data.orders_by_pk as { id: string } | null]).filter((o) => o !== null);
      const customer = JSON.parse(Buffer.from(endpoint.headers.authorization!.split('.')[1]!, 'base64url').toString())['https://hasura.io/jwt/claims']['x-hasura-user-id'];
      if (found.length === 0 || found.some((o) => owner.get(o.id) !== customer)) {
        throw new Error(`${s.server} ${s.query}: expected the customer's own orders, got ${JSON.stringify(data).slice(0, 300)}`);
      }
    }
  }
}

async function main(): Promise<void> {
  ensureDeps();
  const postgraphileNode = node22();
  say(`generating ${settings.orders} orders for ${settings.customers} customers...`);
  const database = await benchDatabase({ customers: settings.customers, orders: settings.orders });
  const started: RunningServer[] = [];
  const loader = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const ours = await startOurEngine({
      databaseUrl: database.url,
      adminSecret: ADMIN_SECRET,
      jwtKey: JWT_KEY,
      poolSize: POOL_SIZE,
      nodePath: process.env.BENCH_GRAPHQL_ENGINE_NODE22 === '1' ? postgraphileNode : undefined,
    });
    started.push(ours);
    // The same engine sending every query as an unnamed statement (parsed and planned each time): before and after, in the same run.
    const unnamed =
      process.env.BENCH_GRAPHQL_UNNAMED === '0'
        ? null
        : await startOurEngine({
            databaseUrl: database.url,
            adminSecret: ADMIN_SECRET,
            jwtKey: JWT_KEY,
            poolSize: POOL_SIZE,
            nodePath: process.env.BENCH_GRAPHQL_ENGINE_NODE22 === '1' ? postgraphileNode : undefined,
            env: { ENGINE_PREPARED_STATEMENTS: 'false' },
          });
    if (unnamed) started.push(unnamed);
    const postgraphile = await startPostGraphile(database.url, postgraphileNode, POOL_SIZE);
    started.push(postgraphile);
    const queries = benchQueries({ orderIds: database.orders.map((o) => o.id), restaurantIds: [1, 2, 3, 4, 5, 6] });
    for (const engine of unnamed ? [ours, unnamed] : [ours]) {
      await verifySameAnswers(queries, { url: engine.graphqlUrl, headers: { 'x-hasura-admin-secret': ADMIN_SECRET } }, { url: postgraphile.graphqlUrl, headers: {} });
    }
    const customer = await customerScenarios(queries, ours, database.orders);
    await verifyCustomerScenarios(customer, database.orders);
    say('both servers return the same data for every query');

    const rows: Row[] = [];
    for (const q of queries) {
      const pair: Scenario[] = [
        { query: q.name, server: 'ours (admin)', target: ours, bodies: bodies(q.ours), headers: [{ 'x-hasura-admin-secret': ADMIN_SECRET }] },
        { query: q.name, server: 'PostGraphile v5', target: postgraphile, bodies: bodies(q.postgraphile), headers: [{}] },
      ];
      const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
      const unnamedRow: Scenario[] = unnamed ? [{ query: q.name, server: 'ours, unnamed stmts', target: unnamed, bodies: bodies(q.ours), headers: [admin] }] : [];
      const scenarios = [...pair, ...unnamedRow, ...customer.filter((c) => c.query === q.name)];
      const byServer = new Map(scenarios.map((s) => [s.server, { query: q.name, server: s.server, runs: [] as Measurement[] }]));
      for (let round = 0; round < settings.rounds; round++) {
        // Alternate who goes first, so a drift in the machine's load does not favour one server.
        const servers = pair.length + unnamedRow.length;
        const order = round % 2 === 0 ? scenarios : [...scenarios.slice(0, servers).reverse(), ...scenarios.slice(servers)];
        for (const s of order) {
          say(`${q.name}: ${s.server}, round ${round + 1}/${settings.rounds}`);
          byServer.get(s.server)!.runs.push(await measure(loader, s, database.postgresPid));
        }
      }
      rows.push(...byServer.values());
    }

    const pglVersion = (JSON.parse(readFileSync(join(depsDir, 'node_modules', 'postgraphile', 'package.json'), 'utf8')) as { version: string }).version;
    console.log(`\nGraphQL queries: our engine vs PostGraphile ${pglVersion} (Amber preset + @graphile/pg-aggregates), same database, same run`);
    console.log(`${cpus().length} cores; ${database.describe}; ${database.contents}`);
    console.log(
      `ours on Node ${ours.node}, PostGraphile on Node ${postgraphile.node}, ${POOL_SIZE} Postgres connections each; autocannon, ${settings.connections} connections closed-loop, ${settings.warmup} s warm-up + ${settings.seconds} s measured, ${settings.rounds} rounds (mean; ±% = largest round's distance from it)`,
    );
    for (const q of queries) console.log(`  ${q.name}: ${q.describe}`);
    console.log('srv/pg ms/req: CPU milliseconds per request in the server and in Postgres (all backends); CPU%: % of one core during the runs');
    console.log('(load = autocannon; other = everything else on the machine, competing for the same cores)\n');
    console.log(formatTable(rows, 'ours (admin)', 'PostGraphile v5'));
  } finally {
    loader.disconnect();
    for (const server of started.reverse()) await server.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/graphql failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
