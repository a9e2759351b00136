// Each test gets a fresh library folder and Galley running on it: browser
// mode (the real server process, in Chromium) or the real Electron app.
import { test as base, _electron, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-binary';
import { PrintedAddresses } from './server-address';

export interface GalleyApp {
  page: Page;
  library: string;
  /** Closes and starts Galley again on the same library (a restart, not a reload). */
  restart(): Promise<Page>;
  /** For browser mode: the address the server printed first (`/#ticket=…`); `page` has used it, so it opens Galley no more. */
  url?: string;
}

export interface Options {
  galleyRuntime: 'browser' | 'electron';
  /** Files laid in the library before Galley starts (path inside the library → content), e.g. a damaged article. */
  libraryFiles: Record<string, string>;
}

async function startServer(library: string): Promise<{ process: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['out/node/serve.js', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const addresses = new PrintedAddresses(child.stdout!);
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${err}`)), 20_000);
    void addresses.next().then((first) => {
      clearTimeout(timer);
      resolve(first);
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${err}`)));
  });
  return { process: child, url };
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<Options & { galley: GalleyApp }>({
  galleyRuntime: ['browser', { option: true }],
  libraryFiles: [{}, { option: true }],
  galley: async ({ galleyRuntime, libraryFiles, browser }, use) => {
    const library = await mkdtemp(join(tmpdir(), 'galley-e2e-'));
    for (const [path, content] of Object.entries(libraryFiles)) {
      await mkdir(dirname(join(library, path)), { recursive: true });
      await writeFile(join(library, path), content);
    }
    if (galleyRuntime === 'electron') {
      const launch = async () => {
        const app = await _electron.launch({
          executablePath: electronBinary()!,
          args: ['out/main/index.js'],
          env: { ...process.env, GALLEY_LIBRARY: library },
        });
        return { app, page: await app.firstWindow() };
      };
      let current = await launch();
      await use({
        get page() {
          return current.page;
        },
        library,
        restart: async () => {
          await current.app.close();
          current = await launch();
          return current.page;
        },
      });
      await current.app.close();
    } else {
      let server = await startServer(library);
      let context = await browser.newContext();
      let page = await context.newPage();
      await page.goto(server.url);
      await use({
        get page() {
          return page;
        },
        get url() {
          return server.url;
        },
        library,
        restart: async () => {
          // Leave the page the way a sub closes a tab, so its last save runs.
          await page.close({ runBeforeUnload: true });
          await context.close();
          await stopServer(server.process);
          server = await startServer(library);
          context = await browser.newContext();
          page = await context.newPage();
          await page.goto(server.url);
          return page;
        },
      });
      await context.close();
      await stopServer(server.process);
    }
    await rm(library, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/**
 * Waits until the page has handled what the last key did: ProseMirror picks up
 * a caret moved by the browser (Home, End) from the selectionchange event,
 * which is queued before this frame and task.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
