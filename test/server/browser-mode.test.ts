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

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-server-'));
  const staticDir = join(root, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Galley</title>');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'assets', 'index-CmZknIMT.js'), 'export {};');
  await writeFile(join(staticDir, 'assets', 'notes.js'), 'export {};');
  galley = await openGalley({ library: join(root, 'library') });
  mode = await startBrowserMode({ handlers: galley.handlers, staticDir });
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

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await call('listArticles', {}, { 'x-galley-token': '' })).status).toBe(401);
    expect((await call('listArticles', {}, { 'x-galley-token': 'guess' })).status).toBe(401);
    expect((await send('/')).status).toBe(401);
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

  it('trades the token in the address for a strict cookie and serves the page with a CSP', async () => {
    const first = await send(`/?token=${mode.token}`);
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send('/', { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
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
});
