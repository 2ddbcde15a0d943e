import { defineConfig } from 'vitest/config';

// Three suites: unit (knowledge, dialogs, bot, adapters in-process), integration (real HTTP on port 0,
// Redis), e2e (Chromium). `npm test` runs the unit suite after type-checking.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/integration/**', 'test/e2e/**', 'node_modules/**'], testTimeout: 20_000 } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
