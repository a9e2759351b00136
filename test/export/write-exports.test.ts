import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GalleyError } from '../../src/shared/contract/errors';
import { exportBaseName } from '../../src/shared/export/file-name';
import { EXPORT_FORMATS, FILE_EXTENSIONS, type ExportFormat } from '../../src/shared/export/formats';
import { writeExports } from '../../src/services/export/write-exports';
import { kitchenSinkArticle, kitchenSpeakers, NEWSML_XSD, NITF_XSD, NOW, seedArticle, seedSpeakers, tempDir, xmllintSchema } from './fixtures';

const ALL_BUT_PDF = EXPORT_FORMATS.filter((f) => f !== 'pdf');
const MANIFEST = '.galley-exports.json';

describe('writeExports', () => {
  test('writes every format but PDF as <catchline>.<ext>, and nothing else', async () => {
    const dir = tempDir();
    const written = await writeExports(seedArticle(), seedSpeakers, ALL_BUT_PDF, dir, { now: NOW });
    expect(written.map((w) => w.format)).toEqual(ALL_BUT_PDF);
    for (const { format, path: file } of written) expect(file).toBe(path.join(dir, `pakistan-taliban.${FILE_EXTENSIONS[format]}`));
    // No temporary file is left behind: the files and the manifest of what Galley wrote.
    expect(readdirSync(dir).sort()).toEqual([MANIFEST, ...written.map((w) => path.basename(w.path))].sort());
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
    expect(manifest.files['pakistan-taliban.txt']).toMatchObject({ articleId: 'seed-pakistan-taliban', format: 'txt' });
    const byFormat = new Map(written.map((w) => [w.format, w.path]));
    expect(xmllintSchema(byFormat.get('nitf')!, NITF_XSD)).toBe('');
    expect(xmllintSchema(byFormat.get('newsml')!, NEWSML_XSD)).toBe('');
    expect(JSON.parse(readFileSync(byFormat.get('ninjs')!, 'utf8')).uri).toBe('urn:galley:article:seed-pakistan-taliban');
    expect(readFileSync(byFormat.get('docx')!).subarray(0, 2).toString()).toBe('PK');
  });

  test('replaces its own earlier export of the same story, but never a file of that name it did not write', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'pakistan-taliban.txt'), 'old copy');
    const [first] = await writeExports(seedArticle(), seedSpeakers, ['txt'], dir);
    expect(first.path).toBe(path.join(dir, 'pakistan-taliban-2.txt'));
    expect(first.note).toContain('pakistan-taliban.txt was already there');
    expect(readFileSync(path.join(dir, 'pakistan-taliban.txt'), 'utf8')).toBe('old copy');
    const [again] = await writeExports({ ...seedArticle(), headline: 'Revised' }, seedSpeakers, ['txt'], dir);
    expect(again).toEqual({ format: 'txt', path: first.path, note: 'replaced Galley’s earlier export of this story' });
    expect(readFileSync(first.path, 'utf8')).toMatch(/^Revised/);
  });

  test('keeps a hostile catchline inside the folder', async () => {
    const dir = tempDir();
    const written = await writeExports(kitchenSinkArticle(), kitchenSpeakers, ['md'], dir);
    expect(written[0].path).toBe(path.join(dir, 'council-deal-5m.md'));
    expect(readdirSync(dir).filter((f) => f !== MANIFEST)).toEqual(['council-deal-5m.md']);
  });

  test('refuses PDF with a clear error, writing nothing', async () => {
    const dir = tempDir();
    await expect(writeExports(seedArticle(), seedSpeakers, ['html', 'pdf'], dir)).rejects.toThrow(/PDF/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('refuses a format it does not know', async () => {
    await expect(writeExports(seedArticle(), seedSpeakers, ['rtf' as ExportFormat], tempDir())).rejects.toThrow(/"rtf" is not an export format/);
  });

  test('names the folder when it cannot be written', async () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, '');
    const outDir = path.join(blocker, 'exports');
    const error = await writeExports(seedArticle(), seedSpeakers, ['txt'], outDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GalleyError);
    expect((error as GalleyError).message).toContain(`"${outDir}"`);
    expect((error as GalleyError).message).toContain(`${blocker} is a file, not a folder`);
  });
});

describe('exportBaseName', () => {
  test.each([
    ['pakistan-taliban', 'pakistan-taliban'],
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ['../../etc/passwd', 'etc-passwd'],
    ['', 'article-id-1'],
    ['“”!!', 'article-id-1'],
    ['CON', 'article-id-1'],
  ])('%j → %j', (catchline, name) => {
    expect(exportBaseName({ catchline, id: 'article-id-1' })).toBe(name);
  });
});
