import { defineConfig } from 'vitest/config';

// One vitest run for the whole monorepo: fast unit projects in parallel, browser tests one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}', 'flows/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['apps/*/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
