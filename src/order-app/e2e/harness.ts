// A runner small enough to read: named cases run in order (later ones build on earlier ones,
// as a person using the app would), each failure keeps a screenshot, and the closing line is
// the plain "N passed, N failed" that CI reads.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

interface CaseResult {
  name: string;
  ok: boolean;
  seconds: number;
  error?: string;
}

export class Harness {
  private readonly results: CaseResult[] = [];

  constructor(
    private readonly failureDir: string,
    private readonly pagesToCapture: () => Page[],
  ) {}

  async run(name: string, body: () => Promise<void>): Promise<boolean> {
    const startedAt = Date.now();
    process.stdout.write(`  … ${name}\n`);
    try {
      await body();
      this.results.push({ name, ok: true, seconds: (Date.now() - startedAt) / 1000 });
      process.stdout.write(`  ✓ ${name}\n`);
      return true;
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.results.push({ name, ok: false, seconds: (Date.now() - startedAt) / 1000, error: message });
      process.stdout.write(`  ✗ ${name}\n${message.replace(/^/gm, '      ')}\n`);
      await this.captureFailure(name);
      return false;
    }
  }

  /** Cases that depend on an earlier one are recorded as failed, not silently dropped. */
  skipBecause(name: string, reason: string): void {
    this.results.push({ name, ok: false, seconds: 0, error: reason });
    process.stdout.write(`  ✗ ${name} (not run: ${reason})\n`);
  }

  private async captureFailure(name: string) {
    mkdirSync(this.failureDir, { recursive: true });
    const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 60);
    for (const [index, page] of this.pagesToCapture().entries()) {
      if (page.isClosed()) continue;
      const path = join(this.failureDir, `${slug}-${index}.png`);
      await page.screenshot({ path, fullPage: true }).catch(() => undefined);
      process.stdout.write(`      screenshot: ${path} (${page.url()})\n`);
    }
  }

  summary(): { passed: number; failed: number } {
    const passed = this.results.filter((r) => r.ok).length;
    const failed = this.results.length - passed;
    return { passed, failed };
  }
}
