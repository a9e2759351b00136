// Browser mode's built files kept in memory (src/server/static-files.ts), on a real folder.
import { mkdtemp, mkdir, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StaticFiles } from '../../src/server/static-files';

let root: string;
const PAGE = '<!doctype html><script type="module" src="./assets/index-CmZknIMT.js"></script><link rel="stylesheet" href="./assets/index-Vz6i3S8e.css">';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), PAGE);
  await writeFile(join(root, 'assets', 'index-CmZknIMT.js'), 'export {};');
  await writeFile(join(root, 'assets', 'index-Vz6i3S8e.css'), 'p{}');
  await writeFile(join(root, 'assets', 'notes.js'), 'export const a = 1;');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the built files in memory', () => {
  it('answers the page and the files it names from memory once warmed, with their headers made once', async () => {
    const files = new StaticFiles(root);
    await files.warm();
    // Gone from the disk: only memory can answer now.
    await unlink(join(root, 'assets', 'index-CmZknIMT.js'));
    await unlink(join(root, 'assets', 'index-Vz6i3S8e.css'));
    const script = await files.get('/assets/index-CmZknIMT.js');
    expect(script?.body.toString()).toBe('export {};');
    expect(script?.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script?.headers['content-length']).toBe('10');
    expect(script?.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(script?.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await files.get('/assets/index-Vz6i3S8e.css'))?.body.toString()).toBe('p{}');
    expect((await files.get('/'))?.headers['cache-control']).toBe('no-cache');
  });

  it('serves the page and unhashed files as they are on the disk now, so a rebuild under a running server is served as built', async () => {
    const files = new StaticFiles(root);
    expect((await files.get('/'))?.body.toString()).toBe(PAGE);
    expect((await files.get('/assets/notes.js'))?.body.toString()).toBe('export const a = 1;');
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Rebuilt</title>');
    await writeFile(join(root, 'assets', 'notes.js'), 'export const a = 22;');
    // The same size and time as before would hide a change from the check: make the time differ, as a build does.
    const later = new Date(Date.now() + 5000);
    await utimes(join(root, 'assets', 'notes.js'), later, later);
    expect((await files.get('/index.html'))?.body.toString()).toBe('<!doctype html><title>Rebuilt</title>');
    expect((await files.get('/assets/notes.js'))?.body.toString()).toBe('export const a = 22;');
    await unlink(join(root, 'assets', 'notes.js'));
    expect(await files.get('/assets/notes.js')).toBeNull();
  });

  it('serves nothing outside the folder, in its dot folders, or that is not a file', async () => {
    await mkdir(join(root, '.vite'));
    await writeFile(join(root, '.vite', 'manifest.json'), '{}');
    await writeFile(join(root, '..', 'galley-static-outside.txt'), 'secret').catch(() => undefined);
    const files = new StaticFiles(root);
    expect(await files.get('/.vite/manifest.json')).toBeNull();
    expect(await files.get('/../galley-static-outside.txt')).toBeNull();
    expect(await files.get('/assets')).toBeNull();
    expect(await files.get('/missing.js')).toBeNull();
    await rm(join(root, '..', 'galley-static-outside.txt'), { force: true });
  });
});
