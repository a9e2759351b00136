// Zip bombs dressed as Word files, built here with JSZip (the reader mammoth
// uses): one whose document.xml declares and inflates to 100 MB from a few
// hundred KB, and one that lies, declaring a small size and inflating to
// 100 MB. Each is refused by name before mammoth reads it, without the
// memory of this process growing by anything near the inflated size, both
// in this thread and through the built import worker the app uses.
import JSZip from 'jszip';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/services/import/import-copy';
import { openGalley, type Galley } from '../../src/services/galley';
import { buildCliIfStale, repoRoot, SEED } from '../cli/run-cli';
import { CONTENT_TYPES, declareSize, documentXml, RELS, wordFile } from './word-files';

const WORKER = join(repoRoot, 'out/node/import-worker.js');
const MB = 1024 * 1024;

let bomb: Uint8Array;
let liar: Uint8Array;
let root: string;
let galley: Galley;

beforeAll(async () => {
  buildCliIfStale(); // builds out/node/import-worker.js with the real config
  const hundredMb = 'a'.repeat(100 * MB);
  bomb = await wordFile(hundredMb);
  liar = declareSize(bomb, 'word/document.xml', 4096);
  root = await mkdtemp(join(tmpdir(), 'galley-bomb-'));
  galley = await openGalley({ library: root, importWorker: WORKER });
}, 120_000);
afterAll(async () => {
  await galley?.close();
  await rm(root, { recursive: true, force: true });
});

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const growth = (before: number) => (process.memoryUsage().rss - before) / MB;

describe('a Word file that unpacks to 100 MB', () => {
  it('is a few hundred KB on disk', () => {
    expect(bomb.byteLength).toBeLessThan(1 * MB);
  });

  it('is refused by the size it declares, before mammoth sees it, in this thread', async () => {
    const before = process.memoryUsage().rss;
    await expect(importFile('copy.docx', bomb)).rejects.toMatchObject({
      code: 'unreadable-file',
      message: '“copy.docx” is not a Word file Galley can read: it unpacks to over 32 MB (word/document.xml alone).',
    });
    expect(growth(before)).toBeLessThan(64);
  });

  it('that declares 4 KB is refused by what it actually inflates to, counted as it streams', async () => {
    const before = process.memoryUsage().rss;
    await expect(importFile('copy.docx', liar)).rejects.toMatchObject({
      code: 'unreadable-file',
      message: '“copy.docx” is not a Word file Galley can read: it unpacks to over 32 MB (word/document.xml alone).',
    });
    expect(growth(before)).toBeLessThan(64);
  });

  it('through the import worker, as the app imports: refused with the same sentence, and nothing saved', async () => {
    const before = process.memoryUsage().rss;
    for (const bytes of [bomb, liar]) {
      await expect(galley.handlers.importFile({ fileName: 'copy.docx', dataBase64: base64(bytes) })).rejects.toMatchObject({
        code: 'unreadable-file',
        message: expect.stringMatching(/^“copy\.docx” is not a Word file Galley can read: it unpacks to over 32 MB/),
      });
    }
    // The worker shares this process's memory: loading mammoth and jsdom there costs tens of MB; parsing
    // the 100 MB part (as before the check, which took browser mode to 2.7 GB) would cost gigabytes.
    expect(growth(before)).toBeLessThan(256);
    expect((await galley.handlers.listArticles({})).articles).toEqual([]);
  });

  it('many small parts adding up past the whole-file limit are refused too', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', CONTENT_TYPES);
    zip.file('_rels/.rels', RELS);
    zip.file('word/document.xml', documentXml('Short copy.'));
    const part = 'b'.repeat(20 * MB);
    for (let i = 0; i < 4; i++) zip.file(`word/media/part${i}.xml`, part);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    await expect(importFile('parts.docx', bytes)).rejects.toMatchObject({
      message: '“parts.docx” is not a Word file Galley can read: it unpacks to over 64 MB.',
    });
  });
});

describe('the import worker', () => {
  it('imports the real seed article, saved and read back', async () => {
    const seed = await readFile(SEED);
    const article = await galley.handlers.importFile({ fileName: 'seed-article.txt', dataBase64: seed.toString('base64') });
    const expected = JSON.parse(await readFile(SEED.replace(/\.txt$/, '.expected.json'), 'utf8'));
    expect(article.headline).toBe(expected.headline);
    expect((await galley.handlers.getArticle({ id: article.id })).body).toEqual(article.body);
  });

  it('imports a Word file of the seed’s text', async () => {
    const text = (await readFile(SEED, 'utf8')).split('\n').filter((l) => l.trim());
    const zip = new JSZip();
    zip.file('[Content_Types].xml', CONTENT_TYPES);
    zip.file('_rels/.rels', RELS);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    zip.file(
      'word/document.xml',
      documentXml('').replace('<w:p><w:r><w:t></w:t></w:r></w:p>', text.map((l) => `<w:p><w:r><w:t>${escape(l)}</w:t></w:r></w:p>`).join('')),
    );
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const article = await galley.handlers.importFile({ fileName: 'seed.docx', dataBase64: base64(bytes) });
    const expected = JSON.parse(await readFile(SEED.replace(/\.txt$/, '.expected.json'), 'utf8'));
    expect(article.headline).toBe(expected.headline);
    expect((await galley.handlers.getArticle({ id: article.id })).revision).toBe(article.revision);
  });

  it('a parse that needs more memory than the worker allows is stopped there; the next import works', async () => {
    const { ImportSandbox } = await import('../../src/services/import/import-sandbox');
    const sandbox = new ImportSandbox({ workerFile: WORKER, heapMb: 48 });
    const page = new TextEncoder().encode(`<html><body>${'<p>Crews fought the blaze at the marina overnight.</p>'.repeat(120_000)}</body></html>`);
    await expect(sandbox.importFile('page.html', page)).rejects.toMatchObject({
      code: 'unreadable-file',
      message: expect.stringMatching(/^“page\.html” could not be read: reading it needed more than the 48 MB of memory Galley allows an import/),
    });
    const copy = await sandbox.importFile('seed-article.txt', await readFile(SEED));
    expect(copy.headline.length).toBeGreaterThan(0);
    await sandbox.close();
  });

  it('a parse that runs past the deadline is stopped and named', async () => {
    const { ImportSandbox } = await import('../../src/services/import/import-sandbox');
    const sandbox = new ImportSandbox({ workerFile: WORKER, timeoutMs: 1 });
    await expect(sandbox.importFile('slow.md', await readFile(SEED))).rejects.toMatchObject({
      code: 'unreadable-file',
      message: expect.stringMatching(/^“slow\.md” could not be read: reading it took longer than/),
    });
    await sandbox.close();
  });
});
