import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/*/test/**/*.test.ts', 'src/*/test/**/*.test.tsx', 'test/**/*.test.ts'],
    globalSetup: ['src/dev/src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
