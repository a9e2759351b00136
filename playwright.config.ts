// One suite, two projects: browser mode in Debian's Chromium (everywhere),
// and the real Electron app wherever an Electron binary is installed.
import { defineConfig } from '@playwright/test';
import { electronBinary } from './e2e/support/electron-binary';
import type { Options } from './e2e/support/fixtures';

const chromium = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig<Options>({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          // Debian's Chromium as root in a closed network: no sandbox, and no background calls home.
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
    // Tests tagged @browser-only exercise what only browser mode has (the exports root from the settings).
    ...(electronBinary() ? [{ name: 'electron', grepInvert: /@browser-only/, use: { galleyRuntime: 'electron' as const } }] : []),
  ],
});
