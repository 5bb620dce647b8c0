import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the whole stack (Postgres, pgBouncer, engine, functions, apps) started
 * as `npm start` does, driven by Debian's Chromium. `npm test` runs them after the unit and
 * integration tests (src/dev/src/commands/test-steps.ts); alone: `npm run e2e -w src/analytics-app`.
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
