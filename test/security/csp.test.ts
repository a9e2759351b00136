// The renderer's Content Security Policy and its workers, in Debian's
// Chromium against browser mode serving the built renderer with the policy
// as a header: the built checks worker starts and answers, while a worker
// made from a blob: URL (the way injected script would start one) is refused
// by `worker-src`. The <meta> copy in index.html says the same as the header.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contract/csp';
import { openGalley, type Galley } from '../../src/services/galley';
import { startBrowserMode, type BrowserMode } from '../../src/server/http-server';

const RENDERER = resolve('out/renderer');
const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('the renderer CSP', () => {
  it('allows workers from the app itself and nothing more', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('worker-src')).toEqual(["'self'"]);
  });

  it('is the same in index.html’s <meta> as in the header, but for frame-ancestors, which a <meta> cannot set', () => {
    const html = readFileSync(resolve('src/renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });
});

describe('the renderer’s inline script', () => {
  const inline = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]);
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it('is one, and its hash, as written and as built, is the only one script-src allows', () => {
    const scriptSrc = directives(CONTENT_SECURITY_POLICY).get('script-src')!;
    const hashes = scriptSrc.filter((source) => source.startsWith("'sha256-"));
    for (const file of [resolve('src/renderer/index.html'), join(RENDERER, 'index.html')]) {
      const scripts = inline(readFileSync(file, 'utf8'));
      expect(scripts, file).toHaveLength(1);
      expect(hashes, file).toEqual([hash(scripts[0])]);
    }
    expect(scriptSrc.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
  });
});

describe('workers under the served CSP, in Chromium', () => {
  let root: string;
  let galley: Galley;
  let mode: BrowserMode;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('Build first (npm run build): out/renderer is missing');
    root = await mkdtemp(join(tmpdir(), 'galley-csp-'));
    galley = await openGalley({ library: join(root, 'library') });
    mode = await startBrowserMode({ handlers: galley.handlers, staticDir: RENDERER });
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });

  afterAll(async () => {
    await browser?.close();
    await mode?.close();
    await galley?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('starts the built checks worker, and refuses a blob: worker under worker-src', async () => {
    const workerFile = readdirSync(join(RENDERER, 'assets')).find((name) => /^checks\.worker.*\.js$/u.test(name));
    expect(workerFile).toBeDefined();
    const page = await browser.newPage();
    try {
      const served = await page.goto(`http://127.0.0.1:${mode.port}/`);
      expect(served?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      const outcome = await page.evaluate(async (url) => {
        // The checks worker answers a check asked before its setup with a "failed" message: proof it runs.
        const ours = await new Promise<string>((done) => {
          const worker = new Worker(url, { type: 'module' });
          worker.onmessage = (event) => done(`answered: ${(event.data as { type: string }).type}`);
          worker.onerror = () => done('error');
          worker.postMessage({ type: 'check', id: 1, blocks: [] });
        });
        const blob = await new Promise<string>((done) => {
          document.addEventListener('securitypolicyviolation', (event) => done(`refused by ${event.effectiveDirective}`), { once: true });
          try {
            const worker = new Worker(URL.createObjectURL(new Blob(['postMessage("ran")'], { type: 'text/javascript' })));
            worker.onmessage = () => done('ran');
          } catch (error) {
            done(`threw: ${(error as Error).name}`);
          }
        });
        return { ours, blob };
      }, `/assets/${workerFile}`);
      expect(outcome).toEqual({ ours: 'answered: failed', blob: 'refused by worker-src' });
    } finally {
      await page.close();
    }
  });
});
