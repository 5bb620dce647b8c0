import type { LoadResult } from './load.js';

/** One measured run of one query on one server, with where the CPU went meanwhile. */
export interface Measurement {
  load: LoadResult;
  wallSeconds: number;
  /** CPU seconds used during the run by the server, Postgres (all backends), autocannon, and everything else on the machine. */
  cpuSeconds: { server: number; postgres: number; loadGenerator: number; other: number };
}

export interface Row {
  query: string;
  server: string;
  runs: Measurement[];
}

export interface Summary {
  requestsPerSecond: number;
  /** Largest distance of one round's req/s from the mean, in % of the mean. */
  spreadPercent: number;
  p50: number;
  p99: number;
  failed: number;
  bytesPerResponse: number;
  /**
   * CPU milliseconds per successful request, server and Postgres: what a request costs,
   * whatever else competed for the cores during the run.
   */
  serverMsPerRequest: number;
  postgresMsPerRequest: number;
  /** % of one core, over the measured runs. */
  serverCpu: number;
  postgresCpu: number;
  loadGeneratorCpu: number;
  otherCpu: number;
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

export function summarize(runs: Measurement[]): Summary {
  const rps = runs.map((r) => r.load.requestsPerSecond);
  const avg = mean(rps);
  const succeeded = sum(runs.map((r) => r.load.requests - r.load.failed));
  const wall = sum(runs.map((r) => r.wallSeconds));
  const cpu = (key: keyof Measurement['cpuSeconds']) => sum(runs.map((r) => r.cpuSeconds[key]));
  return {
    requestsPerSecond: avg,
    spreadPercent: avg ? (Math.max(...rps.map((v) => Math.abs(v - avg))) / avg) * 100 : 0,
    p50: mean(runs.map((r) => r.load.p50)),
    p99: mean(runs.map((r) => r.load.p99)),
    failed: sum(runs.map((r) => r.load.failed)),
    bytesPerResponse: mean(runs.map((r) => r.load.bytesPerResponse)),
    serverMsPerRequest: succeeded ? (cpu('server') * 1000) / succeeded : NaN,
    postgresMsPerRequest: succeeded ? (cpu('postgres') * 1000) / succeeded : NaN,
    serverCpu: (cpu('server') / wall) * 100,
    postgresCpu: (cpu('postgres') / wall) * 100,
    loadGeneratorCpu: (cpu('loadGenerator') / wall) * 100,
    otherCpu: (cpu('other') / wall) * 100,
  };
}

const COLUMNS = ['req/s', '±%', 'p50 ms', 'p99 ms', 'srv ms/req', 'pg ms/req', 'srv CPU%', 'pg CPU%', 'load CPU%', 'other%', 'failed', 'bytes/resp'];

function cells(s: Summary): string[] {
  return [
    s.requestsPerSecond.toFixed(0),
    s.spreadPercent.toFixed(0),
    s.p50.toFixed(1),
    s.p99.toFixed(1),
    s.serverMsPerRequest.toFixed(3),
    s.postgresMsPerRequest.toFixed(3),
    s.serverCpu.toFixed(0),
    s.postgresCpu.toFixed(0),
    s.loadGeneratorCpu.toFixed(0),
    s.otherCpu.toFixed(0),
    String(s.failed),
    s.bytesPerResponse.toFixed(0),
  ];
}

/**
 * Side-by-side table: per query, a line per server and the ratio ours / PostGraphile
 * (req/s above 1 and latency or CPU per request below 1 are in our favour).
 */
export function formatTable(rows: Row[], oursServer: string, theirsServer: string): string {
  const ratioLabel = 'ours / PostGraphile';
  const width = Math.max(...rows.map((r) => r.server.length), ratioLabel.length) + 2;
  const queryWidth = Math.max('query'.length, ...rows.map((r) => r.query.length)) + 2;
  const col = 11;
  const line = (query: string, server: string, values: string[]) => query.padEnd(queryWidth) + server.padEnd(width) + values.map((v) => v.padStart(col)).join('');
  const out = [line('query', 'server', COLUMNS)];
  for (const query of [...new Set(rows.map((r) => r.query))]) {
    const forQuery = rows.filter((r) => r.query === query);
    forQuery.forEach((r, i) => out.push(line(i === 0 ? query : '', r.server, cells(summarize(r.runs)))));
    const ours = forQuery.find((r) => r.server === oursServer);
    const theirs = forQuery.find((r) => r.server === theirsServer);
    if (ours && theirs) {
      const a = summarize(ours.runs);
      const b = summarize(theirs.runs);
      const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`;
      out.push(
        line('', ratioLabel, [
          ratio(a.requestsPerSecond, b.requestsPerSecond),
          '',
          ratio(a.p50, b.p50),
          ratio(a.p99, b.p99),
          ratio(a.serverMsPerRequest, b.serverMsPerRequest),
          ratio(a.postgresMsPerRequest, b.postgresMsPerRequest),
        ]),
      );
    }
  }
  return out.join('\n');
}
