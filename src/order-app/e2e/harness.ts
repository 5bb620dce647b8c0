// What every e2e file of the order app needs: the stack, Debian's Chromium, pages at phone or
// desktop size, and a screenshot of every open page when a case fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { STEP_TIMEOUT_MS } from './actions.js';
import { startStack, type RunningStack } from './stack.js';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const failureDir = join(tmpdir(), 'order-app-e2e-failures');

export const log = (line: string) => process.stdout.write(`${line}\n`);
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

export interface Harness {
  stack: RunningStack;
  appUrl: string;
  /** A browser profile of its own (its own storage), like another person's device. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** One more tab in the context: same storage, as the browser's tabs share it. */
  newTab(context: BrowserContext): Promise<Page>;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

/** Registers the suite's hooks and returns the harness, ready inside the cases; `options.env` goes to the stack. */
export function useHarness(options: { env?: Record<string, string> } = {}): Harness {
  let browser: Browser;
  const pages: Page[] = [];
  const harness = {
    stack: undefined as unknown as RunningStack,
    appUrl: '',
    async newContext(viewport = PHONE) {
      return browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });
    },
    async newTab(context: BrowserContext) {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      page.on('pageerror', (error) => log(`      [page error] ${error.message}`));
      pages.push(page);
      return page;
    },
    async newPage(viewport = PHONE) {
      return harness.newTab(await harness.newContext(viewport));
    },
  };
  beforeAll(async () => {
    log('e2e order-app: starting the local stack');
    harness.stack = await startStack(log, options.env);
    harness.appUrl = harness.stack.appUrl;
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await harness.stack?.stop();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      mkdirSync(failureDir, { recursive: true });
      const slug = task.name
        .replace(/[^a-z0-9]+/gi, '-')
        .toLowerCase()
        .slice(0, 60);
      for (const [index, page] of pages.entries()) {
        if (page.isClosed()) continue;
        const path = join(failureDir, `${slug}-${index}.png`);
        await page.screenshot({ path, fullPage: true }).catch(() => undefined);
        log(`      screenshot: ${path} (${page.url()})`);
      }
    });
  });
  return harness;
}

/** How wide the page's content is, against the window it should fit in. */
export async function widths(page: Page): Promise<{ content: number; window: number }> {
  return page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
}
