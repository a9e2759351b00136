import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The built Electron shell is loaded in Node against a recording stand-in (test/shell).
  resolve: { alias: { electron: resolve('test/shell/electron-stand-in.ts') } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: the slow suites (process crashes, Chromium) must not starve each other.
    maxWorkers: 2,
  },
});
