import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the stack the order app needs (Postgres, pgBouncer, engine, functions and
 * the Vite dev server) started as `npm start` does, driven by Debian's Chromium. `npm test` runs
 * them after the unit and integration tests (src/dev/src/commands/test-steps.ts); alone:
 * `npm run e2e -w src/order-app` (`UPDATE_SCREENSHOTS=1` rewrites docs/screenshots/order-app-*.png).
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.e2e.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
