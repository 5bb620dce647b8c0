/**
 * Search over 100,000 dishes: `search_menu` (full-text + pg_trgm, GIN indexes) against a
 * plain ILIKE scan of the same columns, the query a search box gets without an index. Each
 * query runs as the engine sends it (a bind parameter, the first 20 hits); p50 and p99 of
 * the latency as the client sees it.
 *
 *   npx tsx bench/search/index.ts
 *   BENCH_SEARCH_ITEMS=100000 BENCH_SEARCH_RUNS=200 (defaults)
 *   BENCH_SEARCH_EXPLAIN=1 also prints each query's plan
 */
import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '@3factor/dev/postgres/cluster.js';
import { freePort } from '@3factor/dev/process/free-port.js';
import { repoRoot } from '@3factor/dev/paths.js';
import { insertCatalogue } from './data.js';

const items = Number(process.env.BENCH_SEARCH_ITEMS ?? 100_000);
const runs = Number(process.env.BENCH_SEARCH_RUNS ?? 200);

const QUERIES = ['tikka', 'vegan pizza', 'tikka masalla', 'piza'];

const OURS = 'SELECT menu_item_id, name, restaurant_name, rank FROM search_menu($1::text) ORDER BY rank DESC LIMIT 20';
// Every word of the query somewhere in the dish's or the restaurant's text, case-insensitive.
const ILIKE = `SELECT m.id, m.name, r.name AS restaurant_name
                 FROM menu_items m JOIN restaurants r ON r.id = m.restaurant_id
                WHERE m.is_available
                  AND (SELECT bool_and(concat_ws(' ', m.name, m.description, r.name, r.cuisine) ILIKE '%' || w || '%')
                         FROM unnest(string_to_array($1::text, ' ')) w)
                ORDER BY m.name LIMIT 20`;

interface Figures {
  p50: number;
  p99: number;
  hits: number;
}

async function measure(client: pg.Client, sql: string, query: string): Promise<Figures> {
  const first = await client.query(sql, [query]); // warm the cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await client.query(sql, [query]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), hits: first.rowCount ?? 0 };
}

const base = join(repoRoot, '.data', 'bench', `search-${process.pid}`);
rmSync(base, { recursive: true, force: true });
mkdirSync(base, { recursive: true });
chmodSync(base, 0o755);
const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), runDir: join(base, 'run'), port: await freePort() });
const client = new pg.Client({ connectionString: cluster.url });
try {
  await client.connect();
  await client.query(readFileSync(join(repoRoot, 'schema.sql'), 'utf8'));
  await client.query(readFileSync(join(repoRoot, 'seed.sql'), 'utf8'));
  const started = Date.now();
  await insertCatalogue(client, items);
  await client.query('VACUUM ANALYZE');
  process.stdout.write(`${items.toLocaleString('en-US')} dishes written and indexed in ${((Date.now() - started) / 1000).toFixed(1)} s; ${runs} runs per query\n\n`);

  const rows: string[][] = [['query', 'hits', 'search_menu p50', 'p99', 'ILIKE scan p50', 'p99']];
  for (const query of QUERIES) {
    const ours = await measure(client, OURS, query);
    const scan = await measure(client, ILIKE, query);
    rows.push([JSON.stringify(query), `${ours.hits}/${scan.hits}`, ...[ours.p50, ours.p99, scan.p50, scan.p99].map((ms) => `${ms.toFixed(2)} ms`)]);
    if (process.env.BENCH_SEARCH_EXPLAIN) {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${OURS.replace('$1::text', `'${query}'`)}`);
      process.stdout.write(`--- ${query}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\n`);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)) + 2);
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('')}\n`);
  process.stdout.write('\nhits: search_menu / ILIKE, at most 20 each (the ILIKE scan finds no misspelt word).\n');
} finally {
  await client.end().catch(() => undefined);
  await cluster.stop();
  rmSync(base, { recursive: true, force: true });
}
