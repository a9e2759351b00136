// Browser mode against a real library folder and a real HTTP server.
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../src/services/galley';
import { startBrowserMode, type BrowserMode } from '../../src/server/http-server';

let root: string;
let galley: Galley;
let mode: BrowserMode;
const announced: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-server-'));
  const staticDir = join(root, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Galley</title>');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'assets', 'index-CmZknIMT.js'), 'export {};');
  await writeFile(join(staticDir, 'assets', 'notes.js'), 'export {};');
  galley = await openGalley({ library: join(root, 'library') });
  mode = await startBrowserMode({ handlers: galley.handlers, staticDir, onNewAddress: (url) => announced.push(url) });
});
afterAll(async () => {
  await mode.close();
  await galley.close();
  await rm(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: mode.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${mode.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const call = (name: string, args: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-galley-token': mode.token, ...headers },
    body: JSON.stringify(args),
  });

describe('browser mode', () => {
  it('listens on loopback only', () => {
    const address = mode.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves the same calls as the bridge, with the same envelope', async () => {
    const created = JSON.parse((await call('createArticle', { fields: { headline: 'Over HTTP' } })).body);
    expect(created).toMatchObject({ ok: true, value: { headline: 'Over HTTP', revision: 1 } });
    const listed = JSON.parse((await call('listArticles', {})).body);
    expect(listed.value.articles.map((a: { headline: string }) => a.headline)).toEqual(['Over HTTP']);
  });

  it('sends the kept whole listing until a save changes it, and times each call (Server-Timing)', async () => {
    const first = await call('listArticles', {});
    expect(first.headers['server-timing']).toMatch(/^call;dur=\d+(\.\d)?, json;dur=\d+(\.\d)?$/);
    expect((await call('listArticles', {})).body).toBe(first.body);
    const saved = JSON.parse((await call('createArticle', { fields: { headline: 'Listed at once' } })).body).value;
    const after = JSON.parse((await call('listArticles', {})).body);
    expect(after.ok).toBe(true);
    expect(after.value.articles[0]).toMatchObject({ id: saved.id, headline: 'Listed at once' });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await call('listArticles', {}, { 'x-galley-token': '' })).status).toBe(401);
    expect((await call('listArticles', {}, { 'x-galley-token': 'guess' })).status).toBe(401);
  });

  it('refuses a foreign Origin and a foreign Host (DNS rebinding)', async () => {
    expect((await call('listArticles', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('listArticles', {}, { host: `evil.example:${mode.port}` })).status).toBe(421);
    expect((await call('listArticles', {}, { origin: `http://127.0.0.1:${mode.port}` })).status).toBe(200);
  });

  it('refuses oversized bodies without reading them whole', async () => {
    const reply = await call('importText', { text: 'x'.repeat(31 * 1024 * 1024), format: 'txt' });
    expect(reply.status).toBe(413);
  });

  it('answers malformed calls with typed errors and stays up', async () => {
    expect(JSON.parse((await call('getArticle', { id: '../../etc/passwd' })).body).error.code).toBe('invalid-argument');
    expect(JSON.parse((await call('noSuchCall', {})).body).error.code).toBe('unknown-call');
    const notJson = await send('/api/listArticles', { method: 'POST', headers: { 'content-type': 'application/json', 'x-galley-token': mode.token }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse((await call('createArticle', { fields: { headline: 42 }, __proto__: { polluted: true } })).body).error.code).toBe('invalid-argument');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await call('listArticles', {})).status).toBe(200);
  });

  it('serves the page without the token, with a CSP, keeping other origins from its window and files, and sets no cookie', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Galley</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('prints an address with a one-time ticket in its fragment, never the token', () => {
    expect(mode.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${mode.port}/#ticket=[\\w-]{32}$`));
    expect(mode.url).not.toContain(mode.token);
  });

  it('trades each printed ticket for the token once, then prints a fresh address', async () => {
    const trade = (ticket: string, headers: Record<string, string> = {}) => send('/session', { method: 'POST', headers: { 'x-galley-ticket': ticket, ...headers } });
    const first = new URL(mode.address()).hash.slice('#ticket='.length);
    const before = announced.length;
    expect((await trade(first, { origin: 'http://127.0.0.1:1' })).status).toBe(403); // another local server's page
    expect((await trade('guess')).status).toBe(401);
    const traded = await trade(first, { origin: `http://127.0.0.1:${mode.port}` });
    expect(traded.status).toBe(200);
    expect(JSON.parse(traded.body)).toEqual({ ok: true, value: { token: mode.token } });
    expect(traded.headers['set-cookie']).toBeUndefined();
    const again = await trade(first);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.message).toMatch(/used already/);
    expect(announced.length).toBe(before + 1);
    expect(announced.at(-1)).toBe(mode.address());
    const second = new URL(announced.at(-1)!).hash.slice('#ticket='.length);
    expect(second).not.toBe(first);
    expect(JSON.parse((await trade(second)).body).value.token).toBe(mode.token);
    expect((await send('/session', { headers: { 'x-galley-ticket': second } })).status).toBe(405);
  });

  it('tells a reloaded tab whether the token it kept is still this run’s', async () => {
    const check = (token: string) => send('/session', { method: 'POST', headers: { 'x-galley-token': token } });
    expect(JSON.parse((await check(mode.token)).body)).toEqual({ ok: true, value: { token: mode.token } });
    expect((await check('from-an-earlier-run')).status).toBe(401);
  });

  it('never takes a cookie as a credential: a call carrying only the token as a cookie is refused and writes nothing', async () => {
    const before = JSON.parse((await call('listArticles', {})).body).value.articles.length;
    const cookieOnly = await send('/api/createArticle', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `galley_token=${mode.token}; x-galley-token=${mode.token}` },
      body: JSON.stringify({ fields: { headline: 'Planted by another server' } }),
    });
    expect(cookieOnly.status).toBe(401);
    expect(JSON.parse((await call('listArticles', {})).body).value.articles.length).toBe(before);
  });

  it('refuses a content type that only starts like JSON', async () => {
    const as = (type: string) => send('/api/listArticles', { method: 'POST', headers: { 'content-type': type, 'x-galley-token': mode.token }, body: '{}' });
    expect((await as('application/jsonfoo')).status).toBe(415);
    expect((await as('application/json-patch+json')).status).toBe(415);
    expect((await as('application/json; charset=utf-8')).status).toBe(200);
    expect((await as('Application/JSON')).status).toBe(200);
  });

  it('refuses an Origin without a scheme, or with another scheme or port', async () => {
    for (const origin of [`127.0.0.1:${mode.port}`, `https://127.0.0.1:${mode.port}`, `http://127.0.0.1:${mode.port + 1}`, `http://127.0.0.1:${mode.port}/`, 'null']) {
      expect((await call('listArticles', {}, { origin })).status, origin).toBe(403);
    }
    expect((await call('listArticles', {}, { origin: `http://localhost:${mode.port}` })).status).toBe(200);
  });

  it('refuses a call with a token in its address, even the right one', async () => {
    const inAddress = await send(`/api/listArticles?token=${mode.token}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(inAddress.status).toBe(400);
    expect(JSON.parse(inAddress.body).error.message).toMatch(/header/);
    const both = await send(`/api/listArticles?token=${mode.token}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-galley-token': mode.token }, body: '{}' });
    expect(both.status).toBe(400);
  });

  it('lets the browser keep the content-hashed bundles, and only those', async () => {
    const headers = { 'x-galley-token': mode.token };
    expect((await send('/assets/index-CmZknIMT.js', { headers })).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect((await send('/assets/notes.js', { headers })).headers['cache-control']).toBe('no-cache');
    expect((await send('/', { headers })).headers['cache-control']).toBe('no-cache');
  });

  it('never serves a file outside the built renderer', async () => {
    const headers = { 'x-galley-token': mode.token };
    expect((await send('/../library/index.json', { headers })).status).toBe(404);
    expect((await send('/%2e%2e/%2e%2e/etc/passwd', { headers })).status).toBe(404);
  });

  it("never serves the build's own dot folders (vite's manifest)", async () => {
    const headers = { 'x-galley-token': mode.token };
    const staticDir = join(root, 'static');
    await mkdir(join(staticDir, '.vite'), { recursive: true });
    await writeFile(join(staticDir, '.vite', 'manifest.json'), '{}');
    expect((await send('/.vite/manifest.json', { headers })).status).toBe(404);
    expect((await send('/%2evite/manifest.json', { headers })).status).toBe(404);
  });
});
