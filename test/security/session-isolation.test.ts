// Browser mode's session against another server on 127.0.0.1, in one real
// browser profile (Debian's Chromium, a Playwright persistent context): the
// sub opens Galley from the printed address, then visits another local
// server. Cookies are not separated by port, so anything Galley kept in a
// cookie would reach it; this proves nothing usable does, that what it
// receives makes no call, and that the profile's history keeps no token.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../src/services/galley';
import { startBrowserMode, type BrowserMode } from '../../src/server/http-server';

const RENDERER = resolve('out/renderer');
const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let root: string;
let galley: Galley;
let mode: BrowserMode;
let other: Server;
let otherOrigin: string;
const seen: Seen[] = [];
let profile: string;
let context: BrowserContext | null = null;

/** A page on another port that tries everything a page can with Galley open in the same browser. */
function otherPage(galleyOrigin: string): string {
  return `<!doctype html><title>Another local tool</title>
<img src="/pixel.png" alt="">
<script>
(async () => {
  const report = { cookie: document.cookie, session: JSON.stringify(sessionStorage), local: JSON.stringify(localStorage), calls: [] };
  const attempts = [
    ['no-cors, credentials', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{"fields":{"headline":"Planted"}}' }],
    ['cors, JSON', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"fields":{"headline":"Planted"}}' }],
    ['cors, a guessed header', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json', 'x-galley-token': document.cookie }, body: '{"fields":{"headline":"Planted"}}' }],
  ];
  for (const [name, init] of attempts) {
    try { const r = await fetch(${JSON.stringify(galleyOrigin)} + '/api/createArticle', init); report.calls.push(name + ': ' + r.status); }
    catch (e) { report.calls.push(name + ': refused'); }
  }
  try { const r = await fetch(${JSON.stringify(galleyOrigin)} + '/session', { method: 'POST', credentials: 'include' }); report.calls.push('session: ' + r.status); }
  catch (e) { report.calls.push('session: refused'); }
  await fetch('/report', { method: 'POST', body: JSON.stringify(report) });
  document.title = 'done';
})();
</script>`;
}

function replay(headers: IncomingHttpHeaders): Promise<number> {
  const carried: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' && !['host', 'content-length', 'connection', 'origin'].includes(name)) carried[name] = value;
  }
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: mode.port,
        path: '/api/createArticle',
        method: 'POST',
        headers: { ...carried, host: `127.0.0.1:${mode.port}`, 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode!));
      },
    );
    req.on('error', fail);
    req.end(JSON.stringify({ fields: { headline: 'Replayed' } }));
  });
}

/** Every file of the profile whose name says History (History, History-journal, History-wal). */
function historyFiles(): string[] {
  const dir = join(profile, 'Default');
  return readdirSync(dir)
    .filter((name) => /^History/.test(name))
    .map((name) => join(dir, name));
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('Build first (npm run build): out/renderer is missing');
  root = await mkdtemp(join(tmpdir(), 'galley-isolation-'));
  profile = join(root, 'profile');
  galley = await openGalley({ library: join(root, 'library') });
  await galley.handlers.createArticle({ fields: { headline: 'Budget approved' } });
  mode = await startBrowserMode({ handlers: galley.handlers, staticDir: RENDERER });
  other = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(otherPage(`http://127.0.0.1:${mode.port}`));
      } else {
        res.writeHead(req.url === '/report' ? 204 : 404);
        res.end();
      }
    });
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await context?.close();
  await new Promise((done) => other?.close(done));
  await mode?.close();
  await galley?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('browser mode beside another server on 127.0.0.1, in one browser profile', () => {
  it('opens Galley from the printed address, which then leaves the address bar', async () => {
    const page = context!.pages()[0] ?? (await context!.newPage());
    await page.goto(mode.url);
    await expect.poll(() => page.getByRole('button', { name: 'Open Budget approved' }).count(), { timeout: 30_000 }).toBe(1);
    expect(page.url()).toBe(`http://127.0.0.1:${mode.port}/`);
    // The page's own calls carry the token in their header.
    expect(await page.evaluate(() => sessionStorage.getItem('galley.token'))).toBe(mode.token);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Open Budget approved' }).count(), { timeout: 30_000 }).toBe(1);
  });

  it('opens a story named beside the ticket, keeping it in the address and dropping only the ticket', async () => {
    const [budget] = (await galley.handlers.listArticles({})).articles;
    const tab = await context!.newPage();
    await tab.goto(`${mode.address()}&article=${budget.id}`);
    await expect.poll(() => tab.getByRole('textbox', { name: 'Body' }).count(), { timeout: 30_000 }).toBe(1);
    expect(tab.url()).toBe(`http://127.0.0.1:${mode.port}/#article=${budget.id}`);
    await tab.close();
  });

  it('gives the other server nothing it can use, in the same tab or a new one', async () => {
    const [tab] = context!.pages();
    await tab.goto(otherOrigin);
    await expect.poll(() => tab.title(), { timeout: 30_000 }).toBe('done');
    const fresh = await context!.newPage();
    await fresh.goto(otherOrigin);
    await expect.poll(() => fresh.title(), { timeout: 30_000 }).toBe('done');
    await fresh.close();

    expect(seen.length).toBeGreaterThanOrEqual(6); // two pages, their images and their reports
    for (const request of seen) {
      expect(request.headers.cookie, `${request.method} ${request.url}`).toBeUndefined();
      expect(request.headers['x-galley-token']).toBeUndefined();
      const everything = JSON.stringify(request);
      expect(everything).not.toContain(mode.token);
    }
    const reports = seen.filter((r) => r.url === '/report').map((r) => JSON.parse(r.body) as { cookie: string; session: string; local: string; calls: string[] });
    expect(reports).toHaveLength(2);
    for (const report of reports) {
      expect(report.cookie).toBe('');
      expect(report.session + report.local).not.toContain(mode.token);
      // Each try from the other page: refused by the browser, or answered with a refusal (never 2xx).
      for (const call of report.calls) expect(call).toMatch(/: (refused|0|4\d\d)$/);
    }
  });

  it('lets nothing the other server received make a call, and no call from its page wrote anything', async () => {
    for (const request of seen) expect(await replay(request.headers)).toBe(401);
    const { articles } = await galley.handlers.listArticles({});
    expect(articles.map((a) => a.headline)).toEqual(['Budget approved']);
  });

  it('shows a short page naming the address to open, for the bare address and for one already used', async () => {
    const bare = await context!.newPage();
    await bare.goto(`http://127.0.0.1:${mode.port}/`);
    await expect.poll(() => bare.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/opens only from the address it printed/);
    // Kept where GALLEY_KEEP_SHOTS says, to look at; otherwise taken and thrown away with the temp folder.
    await bare.screenshot({ path: process.env.GALLEY_KEEP_SHOTS ?? join(root, 'no-session.png') });
    // The first address, spent by the first tab: pasted into this tab it changes only the fragment, and the page loads afresh to trade it.
    await bare.goto(mode.url);
    await expect.poll(() => bare.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/used already/);
    expect(await bare.getByRole('button', { name: 'Open Budget approved' }).count()).toBe(0);
    await bare.close();
  });

  it('leaves no token in the profile’s history, only the spent ticket', async () => {
    await context!.close();
    context = null;
    const files = historyFiles();
    expect(files.length).toBeGreaterThan(0);
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    // History was written: both servers' pages are in it.
    expect(bytes.includes(`127.0.0.1:${mode.port}`)).toBe(true);
    expect(bytes.includes(otherOrigin)).toBe(true);
    expect(bytes.includes(mode.token)).toBe(false);
    const cookies = join(profile, 'Default', 'Cookies');
    if (existsSync(cookies)) expect(readFileSync(cookies).includes(mode.token)).toBe(false);
    // The ticket the history does keep opens nothing any more.
    const ticket = new URL(mode.url).hash.slice('#ticket='.length);
    expect(bytes.includes(ticket)).toBe(true);
    const traded = await new Promise<number>((done, fail) => {
      const req = request({ host: '127.0.0.1', port: mode.port, path: '/session', method: 'POST', headers: { 'x-galley-ticket': ticket } }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode!));
      });
      req.on('error', fail);
      req.end();
    });
    expect(traded).toBe(401);
  });
});
