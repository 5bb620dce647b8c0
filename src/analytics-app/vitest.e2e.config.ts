import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the whole stack (Postgres, pgBouncer, engine, functions, apps) started
 * as `npm start` does, driven by Debian's Chromium. Run with `npm run e2e -w src/analytics-app`.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
