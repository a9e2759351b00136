// The export service on a real library in a temp folder: real files, the
// real exporters, xmllint against the IPTC schema. The PDF renderer is the
// one dependency a runtime supplies; here it is a plain function that
// returns PDF bytes, the way a runtime's renderer would. Exports go under an
// exports root in the temp folder; the page names only a subfolder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
const FITS = { state: 'fits', lines: 0, words: 0, message: 'fits' } as const;
const MANIFEST = '.galley-exports.json';
/** What an export folder holds besides Galley's manifest. */
const listed = (folder: string) => readdirSync(folder).filter((name) => name !== MANIFEST).sort();

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

const exportsRoot = () => path.join(root, 'out');
const service = (renderPdf?: PdfRenderer, env: NodeJS.ProcessEnv = {}, extra: { exportsRoot?: string } = { exportsRoot: exportsRoot() }) =>
  new ExportService({ store: galley.store, speakers: galley.speakers, settings: galley.settings, renderPdf, now: () => NOW, env, ...extra });

async function importSeed(): Promise<Article> {
  // The import answers the story with its report beside it; the story is the rest.
  const { imported: _report, ...article } = await galley.handlers.importFile({ fileName: 'seed-article.txt', dataBase64: readFileSync(SEED).toString('base64') });
  return article;
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
    const result = await service().exportArticles({ ids: [before.id], formats: ALL_BUT_PDF, subfolder: 'new-folder' });

    expect(result.folder).toBe(folder);
    expect(result.warnings).toEqual([]);
    expect(result.files.map((f) => f.format)).toEqual(ALL_BUT_PDF);
    for (const file of result.files) {
      expect(file.articleId).toBe(before.id);
      expect(file.path).toBe(path.join(folder, `${before.catchline}.${FILE_EXTENSIONS[file.format]}`));
    }
    expect(listed(folder)).toEqual(result.files.map((f) => path.basename(f.path)).sort());
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
    const result = await service().exportArticles({ status: 'ready', formats: ['txt', 'md'] });

    expect(new Set(result.files.map((f) => f.articleId))).toEqual(new Set([ready.id, alsoReady.id]));
    expect(listed(folder)).toEqual(['harbour-fire.md', 'harbour-fire.txt', 'school-results.md', 'school-results.txt']);
    expect((await galley.store.get(draft.id)).status).toBe('draft');
    expect((await galley.store.get(ready.id)).exported?.formats).toEqual(['txt', 'md']);
  });

  test('gives a second article with the same catchline a numbered name, and a re-export of both replaces each one’s own files', async () => {
    const first = await importSeed();
    const second = await importSeed();
    const folder = path.join(root, 'out');
    const result = await service().exportArticles({ ids: [first.id, second.id], formats: ['txt', 'nitf'] });
    const c = first.catchline;
    expect(listed(folder)).toEqual([`${c}-2.nitf.xml`, `${c}-2.txt`, `${c}.nitf.xml`, `${c}.txt`]);
    expect(result.files.filter((f) => f.articleId === second.id).map((f) => path.basename(f.path))).toEqual([`${c}-2.txt`, `${c}-2.nitf.xml`]);
    expect(result.files.find((f) => f.articleId === second.id)!.note).toContain(`${c}.txt was already there`);

    // The second story is edited and both exported again: each replaces its own files, never the other's.
    const current = await galley.store.get(second.id);
    await galley.store.update(second.id, current.revision, { fields: { headline: 'Second story, edited' } });
    const again = await service().exportArticles({ ids: [second.id, first.id], formats: ['txt'] });
    expect(again.files.map((f) => [f.articleId, path.basename(f.path), f.note])).toEqual([
      [second.id, `${c}-2.txt`, 'replaced Galley’s earlier export of this story'],
      [first.id, `${c}.txt`, 'replaced Galley’s earlier export of this story'],
    ]);
    expect(readFileSync(path.join(folder, `${c}-2.txt`), 'utf8')).toMatch(/^Second story, edited/);
    expect(readFileSync(path.join(folder, `${c}.txt`), 'utf8')).toMatch(/^Communist Party/);
  });

  test('never replaces a file Galley did not write: the sub’s own file, or an export the sub has since edited, keeps its name', async () => {
    const article = await galley.store.create({ catchline: 'notes', headline: 'Harbour fire', status: 'ready' });
    const folder = path.join(root, 'out');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'notes.txt'), 'the sub’s own notes');
    const first = await service().exportArticles({ ids: [article.id], formats: ['txt'] });
    expect(first.files.map((f) => path.basename(f.path))).toEqual(['notes-2.txt']);
    expect(first.files[0].note).toBe('notes.txt was already there and is not Galley’s export of this story, so it was left as it was: written as notes-2.txt');
    expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('the sub’s own notes');

    // The sub edits Galley's export by hand: it is theirs now, and the next export goes beside it.
    writeFileSync(path.join(folder, 'notes-2.txt'), 'Harbour fire\n\nedited by hand');
    const second = await service().exportArticles({ ids: [article.id], formats: ['txt'] });
    expect(second.files.map((f) => path.basename(f.path))).toEqual(['notes-3.txt']);
    expect(readFileSync(path.join(folder, 'notes-2.txt'), 'utf8')).toBe('Harbour fire\n\nedited by hand');
    expect(listed(folder)).toEqual(['notes-2.txt', 'notes-3.txt', 'notes.txt']);
  });

  test('takes a numbered name rather than write through a link planted at the export’s name', async () => {
    const article = await galley.store.create({ catchline: 'index', headline: 'Index', status: 'ready' });
    const folder = path.join(root, 'out');
    const victim = path.join(root, 'app-index.html');
    writeFileSync(victim, '<title>the app</title>');
    mkdirSync(folder, { recursive: true });
    symlinkSync(victim, path.join(folder, 'index.html'));
    const result = await service().exportArticles({ ids: [article.id], formats: ['html'] });
    expect(path.basename(result.files[0].path)).toBe('index-2.html');
    expect(readFileSync(victim, 'utf8')).toBe('<title>the app</title>');
  });

  test('refuses an unknown id, naming it, before anything is written or marked', async () => {
    const known = await importSeed();
    const folder = path.join(root, 'out');
    const error = await failure(service().exportArticles({ ids: [known.id, 'no-such-article'], formats: ['txt'] }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('no-such-article');
    expect(existsSync(folder)).toBe(false);
    expect((await galley.store.get(known.id)).status).toBe('subbing');
  });

  test('says so when no article has the status asked for', async () => {
    await importSeed();
    const error = await failure(service().exportArticles({ status: 'ready', formats: ['txt'] }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('“ready”');
  });

  test.each([
    ['a full path', '/etc', 'it is a full path'],
    ['a climb out of the root', '../../etc', 'it climbs out of the exports folder with “..”'],
    ['a Windows drive', 'C:\\Windows', 'it is a full path'],
    ['a UNC share', '\\\\host\\share', 'it is a full path'],
    ['a device name', 'wire/con', '“con” is a name Windows keeps for a device'],
  ])('refuses a subfolder that is %s, writing and marking nothing', async (_what, subfolder, reason) => {
    const { id } = await importSeed();
    const error = await failure(service().exportArticles({ ids: [id], formats: ['txt'], subfolder }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain(reason);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
    expect((await galley.store.get(id)).status).toBe('subbing');
  });

  test('refuses a subfolder that a link planted inside the root leads out of', async () => {
    const { id } = await importSeed();
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(path.join(root, 'out'));
    symlinkSync(elsewhere, path.join(root, 'out', 'wire'));
    const error = await failure(service().exportArticles({ ids: [id], formats: ['txt'], subfolder: 'wire/today' }));
    expect(error.message).toContain('is a link to another place');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  test.each([
    ['a network share', '//127.0.0.1/share', 'network share'],
    ['a Windows device path', '\\\\?\\C:\\exports', 'Windows device path'],
    ['a device folder', '/dev/shm/galley', 'system device folder'],
    ['a system folder', '/proc/forbidden', 'system device folder'],
  ])('refuses an exports root that is %s', async (_what, exportsRoot, reason) => {
    const { id } = await importSeed();
    const error = await failure(service(undefined, {}, { exportsRoot }).exportArticles({ ids: [id], formats: ['txt'] }));
    expect(error.message).toContain(`"${exportsRoot}"`);
    expect(error.message).toContain(reason);
  });

  test('refuses Galley’s own library and program folders as the root or under it', async () => {
    const { id } = await importSeed();
    const inLibrary = await failure(service(undefined, {}, { exportsRoot: path.join(root, 'library', 'articles') }).exportArticles({ ids: [id], formats: ['html'] }));
    expect(inLibrary.message).toContain('inside Galley’s own folder');
    const program = path.resolve(import.meta.dirname, '..', '..');
    const inProgram = await failure(service(undefined, {}, { exportsRoot: path.join(program, 'out', 'renderer') }).exportArticles({ ids: [id], formats: ['html'] }));
    expect(inProgram.message).toContain('inside Galley’s own folder');
    expect(existsSync(path.join(program, 'out', 'renderer', `${(await galley.store.get(id)).catchline}.html`))).toBe(false);
  });

  test('takes the root from the library settings when no --out is given', async () => {
    const { id } = await importSeed();
    const chosen = path.join(root, 'desk-exports');
    await galley.settings.update({ exportsRoot: chosen });
    const result = await service(undefined, {}, {}).exportArticles({ ids: [id], formats: ['txt'], subfolder: 'monday' });
    expect(result.folder).toBe(path.join(chosen, 'monday'));
    expect(listed(result.folder)).toHaveLength(1);
  });

  test('names a folder it cannot write, and marks nothing', async () => {
    const { id } = await importSeed();
    const blocker = path.join(root, 'a-file');
    writeFileSync(blocker, '');
    const folder = path.join(blocker, 'exports');
    const error = await failure(service(undefined, {}, { exportsRoot: folder }).exportArticles({ ids: [id], formats: ['txt'] }));
    expect(error.message).toContain(`"${folder}"`);
    expect(error.message).toContain('is a file, not a folder');
    expect((await galley.store.get(id)).status).toBe('subbing');
  });

  test('a folder chosen in the desktop dialog is used through its handle; an unknown handle is refused', async () => {
    const { id } = await importSeed();
    const exporter = service();
    const picked = path.join(root, 'picked');
    const handle = exporter.registerChosenFolder(picked);
    const result = await exporter.exportArticles({ ids: [id], formats: ['md'], folderHandle: handle });
    expect(result.folder).toBe(picked);
    const error = await failure(exporter.exportArticles({ ids: [id], formats: ['md'], folderHandle: `folder-${'0'.repeat(32)}` }));
    expect(error.message).toContain('choose the folder again');
  });

  test('without a PDF renderer, refuses PDF saying how to point Galley at Chromium, writing nothing', async () => {
    const { id } = await importSeed();
    const folder = path.join(root, 'out');
    const error = await failure(service().exportArticles({ ids: [id], formats: ['html', 'pdf'] }));
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
      return { pdf: FAKE_PDF, copyfit: FITS };
    };
    const formats: ExportFormat[] = ['pdf', 'html'];
    const result = await service(renderPdf).exportArticles({ ids: [article.id], formats });
    expect(printed).toEqual([`${article.id}:0`]);
    expect(result.files.map((f) => [f.format, path.basename(f.path)])).toEqual([
      ['pdf', `${article.catchline}.pdf`],
      ['html', `${article.catchline}.html`],
    ]);
    expect(listed(folder)).toEqual([`${article.catchline}.html`, `${article.catchline}.pdf`]);
    expect(result.warnings).toEqual([]);
    expect(new Uint8Array(readFileSync(path.join(folder, `${article.catchline}.pdf`)))).toEqual(FAKE_PDF);
    expect((await galley.store.get(article.id)).exported?.formats).toEqual(formats);
  });

  test('a PDF that fails to print leaves none of that article’s files and does not mark it', async () => {
    const article = await importSeed();
    const folder = path.join(root, 'out');
    const renderPdf: PdfRenderer = async () => {
      throw new Error('Chromium crashed');
    };
    const error = await failure(service(renderPdf).exportArticles({ ids: [article.id], formats: ['txt', 'pdf'] }));
    expect(error.message).toContain('Chromium crashed');
    expect(error.message).toContain(article.headline);
    expect(listed(folder)).toEqual([]);
    expect((await galley.store.get(article.id)).status).toBe('subbing');
  });

  test('a failure part way names the files already written, which stay, and leaves the failed article unmarked', async () => {
    const first = await galley.store.create({ catchline: 'harbour-fire', headline: 'Harbour fire', status: 'ready' });
    const second = await galley.store.create({ catchline: 'school-results', headline: 'School results', status: 'ready' });
    const renderPdf: PdfRenderer = async (a) => {
      if (a.id === second.id) throw new Error('Chromium crashed');
      return { pdf: FAKE_PDF, copyfit: FITS };
    };
    const error = await failure(service(renderPdf).exportArticles({ ids: [first.id, second.id], formats: ['pdf', 'txt'] }));
    expect(error.message).toContain('Could not print “School results” as PDF: Chromium crashed');
    expect(error.message).toContain('Written before that, kept, and their articles marked exported: harbour-fire.pdf, harbour-fire.txt.');
    expect(listed(path.join(root, 'out'))).toEqual(['harbour-fire.pdf', 'harbour-fire.txt']);
    expect((await galley.store.get(first.id)).status).toBe('exported');
    expect((await galley.store.get(second.id)).status).toBe('ready');
  });

  test('marks the article on its current revision, keeping every other field', async () => {
    const article = await importSeed();
    const edited = await galley.store.update(article.id, article.revision, { fields: { notes: 'check the Etim spelling' } });
    await service().exportArticles({ ids: [article.id], formats: ['txt'] });
    const after = await galley.store.get(article.id);
    expect(after.notes).toBe('check the Etim spelling');
    expect(after.revision).toBe(edited.revision + 1);
  });
});

describe('ExportService.defaults', () => {
  test('offers PDF only where a renderer exists, and the root `Galley Exports` in Documents', async () => {
    expect(await service(undefined, {}, {}).defaults()).toEqual({ folder: path.join(homedir(), 'Documents', 'Galley Exports'), formats: ALL_BUT_PDF });
    expect((await service(async () => ({ pdf: FAKE_PDF, copyfit: FITS })).defaults()).formats).toEqual([...EXPORT_FORMATS]);
  });

  test('takes the root from --out, then the settings, then GALLEY_EXPORTS', async () => {
    expect((await service(undefined, { GALLEY_EXPORTS: path.join(root, 'wire') }, {}).defaults()).folder).toBe(path.join(root, 'wire'));
    await galley.settings.update({ exportsRoot: path.join(root, 'desk') });
    expect((await service(undefined, { GALLEY_EXPORTS: path.join(root, 'wire') }, {}).defaults()).folder).toBe(path.join(root, 'desk'));
    expect((await service(undefined, {}, { exportsRoot: path.join(root, 'cli') }).defaults()).folder).toBe(path.join(root, 'cli'));
  });
});
