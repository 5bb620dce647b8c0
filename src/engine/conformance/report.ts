import type { ConformanceSummary } from './run.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A human-readable report: a line per directory, then every failing case with its reason. */
export function formatReport(summary: ConformanceSummary, options: { showSoft?: boolean } = {}): string {
  const lines: string[] = [];
  const width = Math.max(...summary.suites.map((s) => s.name.length), 10);
  // pass/total counts soft passes (Hasura's rules); `codes` is how many of those keep Hasura's error codes.
  lines.push(`${'directory'.padEnd(width)}  pass/total  codes  soft  fail`);
  const row = (name: string, passed: number, soft: number, codes: number, failed: number, total: number) =>
    `${name.padEnd(width)}  ${`${passed + soft}/${total}`.padStart(10)}  ${String(codes).padStart(5)}  ${String(soft).padStart(4)}  ${String(failed).padStart(4)}`;
  for (const s of summary.suites) lines.push(row(s.name, s.passed, s.softPassed, s.sameCodes, s.failed, s.cases.length));
  const t = summary.totals;
  lines.push(row('total', t.passed, t.softPassed, t.sameCodes, t.failed, t.cases));
  lines.push(`pass rate ${pct(t.passRate)} (Hasura's rules: differing error messages only warn); strict ${pct(t.strictPassRate)}`);
  for (const s of summary.suites) {
    if (s.setupError) lines.push(`\n${s.name}: SETUP FAILED: ${s.setupError}`);
    if (s.teardownError) lines.push(`\n${s.name}: teardown failed: ${s.teardownError}`);
    const shown = s.cases.filter((c) => c.outcome === 'fail' || (options.showSoft && c.outcome === 'soft-pass'));
    if (shown.length === 0) continue;
    lines.push(`\n${s.name}:`);
    for (const c of shown) lines.push(`  ${c.outcome === 'fail' ? 'FAIL' : 'soft'} ${c.file}: ${c.reason ?? ''}`);
  }
  return lines.join('\n') + '\n';
}
