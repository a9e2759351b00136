import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: the slow suites (process crashes, Chromium) must not starve each other.
    maxWorkers: 2,
  },
});
