import type { ConformanceSummary } from './run.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A human-readable report: a line per directory, then every failing case with its reason. */
export function formatReport(summary: ConformanceSummary, options: { showSoft?: boolean } = {}): string {
  const lines: string[] = [];
  const width = Math.max(...summary.suites.map((s) => s.name.length), 10);
  lines.push(`${'directory'.padEnd(width)}  pass  soft  fail  total`);
  for (const s of summary.suites) {
    lines.push(`${s.name.padEnd(width)}  ${String(s.passed).padStart(4)}  ${String(s.softPassed).padStart(4)}  ${String(s.failed).padStart(4)}  ${String(s.cases.length).padStart(5)}`);
  }
  const t = summary.totals;
  lines.push(`${'total'.padEnd(width)}  ${String(t.passed).padStart(4)}  ${String(t.softPassed).padStart(4)}  ${String(t.failed).padStart(4)}  ${String(t.cases).padStart(5)}`);
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
