// The export service on a real library in a temp folder: real files, the
// real exporters, xmllint against the IPTC schema. The PDF renderer is the
// one dependency a runtime supplies; here it is a plain function that
// returns PDF bytes, the way a runtime's renderer would.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Article } from '../../src/shared/article/model';
import { GalleyError } from '../../src/shared/contract/errors';
import { EXPORT_FORMATS, FILE_EXTENSIONS, type ExportFormat } from '../../src/shared/export/formats';
import { ExportService, type PdfRenderer } from '../../src/services/export/export-service';
import { openGalley, type Galley } from '../../src/services/galley';
import { NITF_XSD, NOW, sharedDir, xmllintSchema } from './fixtures';

const ALL_BUT_PDF = EXPORT_FORMATS.filter((f) => f !== 'pdf');
const SEED = path.join(sharedDir, 'fixtures/seed-article.txt');
const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

let root: string;
let galley: Galley;

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'galley-export-service-'));
  galley = await openGalley({ library: path.join(root, 'library') });
});
afterEach(async () => {
  await galley.close();
  rmSync(root, { recursive: true, force: true });
});

const service = (renderPdf?: PdfRenderer, env: NodeJS.ProcessEnv = {}) =>
  new ExportService({ store: galley.store, speakers: galley.speakers, renderPdf, now: () => NOW, env });

async function importSeed(): Promise<Article> {
  return galley.handlers.importFile({ fileName: 'seed-article.txt', dataBase64: readFileSync(SEED).toString('base64') });
}

async function failure(promise: Promise<unknown>): Promise<GalleyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GalleyError);
  return error as GalleyError;
}

describe('ExportService.exportArticles', () => {
  test('writes every format but PDF, named after the catchline, then marks the article exported without touching its copy', async () => {
    const before = await importSeed();
    const folder = path.join(root, 'out', 'new-folder');
    const result = await service().exportArticles({ ids: [before.id], formats: ALL_BUT_PDF, folder });

    expect(result.folder).toBe(folder);
    expect(result.files.map((f) => f.format)).toEqual(ALL_BUT_PDF);
    for (const file of result.files) {
      expect(file.articleId).toBe(before.id);
      expect(file.path).toBe(path.join(folder, `${before.catchline}.${FILE_EXTENSIONS[file.format]}`));
    }
    expect(readdirSync(folder).sort()).toEqual(result.files.map((f) => path.basename(f.path)).sort());
    expect(xmllintSchema(result.files.find((f) => f.format === 'nitf')!.path, NITF_XSD)).toBe('');

    const after = await galley.store.get(before.id);
    expect(after.status).toBe('exported');
    expect(after.exported).toEqual({ at: NOW.toISOString(), formats: ALL_BUT_PDF });
    expect(after.revision).toBe(before.revision + 1);
    const { status: _s, exported: _e, revision: _r, updatedAt: _u, ...copyAfter } = after;
    const { status: _s0, exported: _e0, revision: _r0, updatedAt: _u0, ...copyBefore } = before;
    expect(copyAfter).toEqual(copyBefore);
  });

  test('exports every article of a status, and only those', async () => {
    const ready = await galley.store.create({ catchline: 'harbour-fire', headline: 'Harbour fire', status: 'ready' });
    const alsoReady = await galley.store.create({ catchline: 'school-results', headline: 'School results', status: 'ready' });
    const draft = await galley.store.create({ catchline: 'draft-story', headline: 'Draft story', status: 'draft' });
    const folder = path.join(root, 'out');
    const result = await service().exportArticles({ status: 'ready', formats: ['txt', 'md'], folder });

    expect(new Set(result.files.map((f) => f.articleId))).toEqual(new Set([ready.id, alsoReady.id]));
    expect(readdirSync(folder).sort()).toEqual(['harbour-fire.md', 'harbour-fire.txt', 'school-results.md', 'school-results.txt']);
    expect((await galley.store.get(draft.id)).status).toBe('draft');
    expect((await galley.store.get(ready.id)).exported?.formats).toEqual(['txt', 'md']);
  });

  test('gives a second article with the same catchline its own file names', async () => {
    const first = await importSeed();
    const second = await importSeed();
    const folder = path.join(root, 'out');
    const result = await service().exportArticles({ ids: [first.id, second.id], formats: ['txt', 'nitf'], folder });
    const suffix = second.id.split('-')[0];
    expect(readdirSync(folder).sort()).toEqual(
      [`${first.catchline}.txt`, `${first.catchline}.nitf.xml`, `${first.catchline}-${suffix}.txt`, `${first.catchline}-${suffix}.nitf.xml`].sort(),
    );
    expect(result.files.filter((f) => f.articleId === second.id).map((f) => path.basename(f.path))).toEqual([
      `${first.catchline}-${suffix}.txt`,
      `${first.catchline}-${suffix}.nitf.xml`,
    ]);
  });

  test('refuses an unknown id, naming it, before anything is written or marked', async () => {
    const known = await importSeed();
    const folder = path.join(root, 'out');
    const error = await failure(service().exportArticles({ ids: [known.id, 'no-such-article'], formats: ['txt'], folder }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('no-such-article');
    expect(existsSync(folder)).toBe(false);
    expect((await galley.store.get(known.id)).status).toBe('subbing');
  });

  test('says so when no article has the status asked for', async () => {
    await importSeed();
    const error = await failure(service().exportArticles({ status: 'ready', formats: ['txt'], folder: path.join(root, 'out') }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('“ready”');
  });

  test('refuses a folder that is not a full path', async () => {
    const { id } = await importSeed();
    const error = await failure(service().exportArticles({ ids: [id], formats: ['txt'], folder: 'exports/today' }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('“exports/today”');
  });

  test('names a folder it cannot write, and marks nothing', async () => {
    const { id } = await importSeed();
    const blocker = path.join(root, 'a-file');
    writeFileSync(blocker, '');
    const folder = path.join(blocker, 'exports');
    const error = await failure(service().exportArticles({ ids: [id], formats: ['txt'], folder }));
    expect(error.code).toBe('disk');
    expect(error.message).toContain(`"${folder}"`);
    expect((await galley.store.get(id)).status).toBe('subbing');
  });

  test('without a PDF renderer, refuses PDF saying how to point Galley at Chromium, writing nothing', async () => {
    const { id } = await importSeed();
    const folder = path.join(root, 'out');
    const error = await failure(service().exportArticles({ ids: [id], formats: ['html', 'pdf'], folder }));
    expect(error.message).toMatch(/PDF needs Chromium/);
    expect(error.message).toContain('GALLEY_CHROMIUM');
    expect(existsSync(folder)).toBe(false);
  });

  test('writes the PDF beside the others under the same name, leaving no temporary file', async () => {
    const article = await importSeed();
    const folder = path.join(root, 'out');
    const printed: string[] = [];
    const renderPdf: PdfRenderer = async (a, speakers) => {
      printed.push(`${a.id}:${speakers.length}`);
      return FAKE_PDF;
    };
    const formats: ExportFormat[] = ['pdf', 'html'];
    const result = await service(renderPdf).exportArticles({ ids: [article.id], formats, folder });
    expect(printed).toEqual([`${article.id}:0`]);
    expect(result.files.map((f) => [f.format, path.basename(f.path)])).toEqual([
      ['pdf', `${article.catchline}.pdf`],
      ['html', `${article.catchline}.html`],
    ]);
    expect(readdirSync(folder).sort()).toEqual([`${article.catchline}.html`, `${article.catchline}.pdf`]);
    expect(new Uint8Array(readFileSync(path.join(folder, `${article.catchline}.pdf`)))).toEqual(FAKE_PDF);
    expect((await galley.store.get(article.id)).exported?.formats).toEqual(formats);
  });

  test('a PDF that fails to print leaves none of that article’s files and does not mark it', async () => {
    const article = await importSeed();
    const folder = path.join(root, 'out');
    const renderPdf: PdfRenderer = async () => {
      throw new Error('Chromium crashed');
    };
    const error = await failure(service(renderPdf).exportArticles({ ids: [article.id], formats: ['txt', 'pdf'], folder }));
    expect(error.message).toContain('Chromium crashed');
    expect(error.message).toContain(article.headline);
    expect(readdirSync(folder)).toEqual([]);
    expect((await galley.store.get(article.id)).status).toBe('subbing');
  });

  test('marks the article on its current revision, keeping every other field', async () => {
    const article = await importSeed();
    const edited = await galley.store.update(article.id, article.revision, { fields: { notes: 'check the Etim spelling' } });
    await service().exportArticles({ ids: [article.id], formats: ['txt'], folder: path.join(root, 'out') });
    const after = await galley.store.get(article.id);
    expect(after.notes).toBe('check the Etim spelling');
    expect(after.revision).toBe(edited.revision + 1);
  });
});

describe('ExportService.defaults', () => {
  test('offers PDF only where a renderer exists, and a folder under Documents', () => {
    expect(service().defaults()).toEqual({ folder: path.join(homedir(), 'Documents', 'Galley exports'), formats: ALL_BUT_PDF });
    expect(service(async () => FAKE_PDF).defaults().formats).toEqual([...EXPORT_FORMATS]);
  });

  test('takes the folder from GALLEY_EXPORTS', () => {
    expect(service(undefined, { GALLEY_EXPORTS: path.join(root, 'wire') }).defaults().folder).toBe(path.join(root, 'wire'));
  });
});
