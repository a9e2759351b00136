// Exports in browser mode, over real HTTP to a real server on a real library:
// the page can name only a subfolder of the exports root, so a path of its
// own, a climb out of the root or a link planted in it writes nothing
// outside; chooseExportFolder answers that exports go under the root.
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../../src/server/http-server';
import { openGalley, type Galley } from '../../src/services/galley';

let root: string;
let galley: Galley;
let mode: BrowserMode;
let exportsRoot: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-http-exports-'));
  const staticDir = join(root, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Galley</title>');
  galley = await openGalley({ library: join(root, 'library') });
  exportsRoot = join(root, 'exports');
  await galley.settings.update({ exportsRoot });
  mode = await startBrowserMode({ handlers: galley.handlers, staticDir });
});
afterAll(async () => {
  await mode.close();
  await galley.close();
  await rm(root, { recursive: true, force: true });
});

function call(name: string, args: unknown): Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(args);
    const req = request(
      {
        host: '127.0.0.1',
        port: mode.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${mode.port}`, 'content-type': 'application/json', 'x-galley-token': mode.token },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('the page names a subfolder of the root; a folder of its own, a climb out or a planted link is refused', async () => {
  const article = (await call('createArticle', { fields: { catchline: 'index', headline: 'Index' } })).value;
  expect((await call('chooseExportFolder', {})).value).toEqual({ kind: 'root', folder: exportsRoot });
  expect((await call('exportDefaults', {})).value.folder).toBe(exportsRoot);

  const outside = join(root, 'outside');
  mkdirSync(outside);
  const refused = [
    { ids: [article.id], formats: ['html'], folder: outside },
    { ids: [article.id], formats: ['html'], subfolder: outside },
    { ids: [article.id], formats: ['html'], subfolder: '../outside' },
    { ids: [article.id], formats: ['html'], subfolder: 'wire/../../outside' },
    { ids: [article.id], formats: ['html'], subfolder: '//127.0.0.1/share' },
  ];
  for (const args of refused) expect(await call('exportArticles', args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });

  mkdirSync(exportsRoot, { recursive: true });
  symlinkSync(outside, join(exportsRoot, 'linked'));
  const linked = await call('exportArticles', { ids: [article.id], formats: ['html'], subfolder: 'linked' });
  expect(linked.error?.message).toContain('is a link to another place');
  expect(readdirSync(outside)).toEqual([]);
  expect(existsSync('/127.0.0.1')).toBe(false);

  const written = await call('exportArticles', { ids: [article.id], formats: ['html'], subfolder: 'monday/wire' });
  expect(written.value.files.map((f: { path: string }) => f.path)).toEqual([join(exportsRoot, 'monday', 'wire', 'index.html')]);
});
