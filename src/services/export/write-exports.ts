// Writes an article's exports into one folder. Every export is rendered
// before the first file is touched, and each file is written beside its
// final name and then linked or renamed into place, so a reader never sees
// half a file and a failure leaves no stray temporaries. Names come from the
// catchline made safe, so nothing can be written outside the folder, and a
// name already taken by a file Galley did not write for this story is never
// replaced: the export takes the next free numbered name and says so.
import path from 'node:path';
import type { Article } from '../../shared/article/model';
import { GalleyError } from '../../shared/contract/errors';
import { exportBaseName } from '../../shared/export/file-name';
import { EXPORT_FORMATS, FILE_EXTENSIONS, TEXT_EXPORTERS, isTextExportFormat, type ExportFormat } from '../../shared/export/formats';
import type { ExportOptions } from '../../shared/export/options';
import type { Speaker } from '../../shared/speakers/model';
import { exportDocx } from './docx';
import { folderError, writeAtomically, writeNew } from './export-disk';
import { makeFolders } from './export-folder';
import { ExportManifest } from './export-manifest';

export { folderError, writeAtomically } from './export-disk';

export type WrittenExport = { format: ExportFormat; path: string; note?: string };
export type RenderedExport = { format: ExportFormat; data: string | Uint8Array };

/** Every format but PDF, rendered in memory; nothing is written. */
export async function renderExports(article: Article, speakers: Speaker[], formats: readonly ExportFormat[], options?: ExportOptions): Promise<RenderedExport[]> {
  const rendered: RenderedExport[] = [];
  for (const format of new Set(formats)) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new GalleyError('invalid-argument', `"${String(format)}" is not an export format (expected one of ${EXPORT_FORMATS.join(', ')}).`);
    }
    if (format === 'pdf') {
      throw new GalleyError('invalid-argument', 'PDF is printed from the print layout by a browser, not written here: export it through the export service.');
    }
    rendered.push({ format, data: isTextExportFormat(format) ? TEXT_EXPORTERS[format](article, speakers, options) : await exportDocx(article, speakers, options) });
  }
  return rendered;
}

/** Renders and writes an article's exports into a folder (made if missing), keeping the folder's manifest. */
export async function writeExports(
  article: Article,
  speakers: Speaker[],
  formats: readonly ExportFormat[],
  outDir: string,
  options?: ExportOptions,
): Promise<WrittenExport[]> {
  const rendered = await renderExports(article, speakers, formats, options);
  const folder = await makeFolders(path.resolve(outDir));
  const manifest = await ExportManifest.read(folder);
  const written = await placeExports(folder, manifest, article, rendered, options?.now ?? new Date());
  await manifest.save().catch((error: unknown) => Promise.reject(folderError(folder, error)));
  return written;
}

/** Puts rendered files into the folder under the article's names, recording each in the manifest (saved by the caller). */
export async function placeExports(folder: string, manifest: ExportManifest, article: Article, rendered: readonly RenderedExport[], now: Date): Promise<WrittenExport[]> {
  const base = exportBaseName(article);
  const written: WrittenExport[] = [];
  for (const { format, data } of rendered) {
    const ext = FILE_EXTENSIONS[format];
    const wanted = `${base}.${ext}`;
    const earlier = manifest.nameOf(article.id, format);
    let name: string | null = null;
    let note: string | undefined;
    if (earlier && (await manifest.isOwn(earlier, article.id, format))) {
      await writeAtomically(path.join(folder, earlier), data, folder);
      name = earlier;
      note = `replaced Galley’s earlier export of this story`;
    } else {
      for (let n = 1; n < 1000 && name === null; n++) {
        const candidate = n === 1 ? wanted : `${base}-${n}.${ext}`;
        if (await writeNew(path.join(folder, candidate), data, folder)) name = candidate;
      }
      if (name === null) throw new GalleyError('disk', `Cannot write exports to the folder "${folder}": every name from ${wanted} to ${base}-999.${ext} is taken.`);
      if (name !== wanted) note = `${wanted} was already there and is not Galley’s export of this story, so it was left as it was: written as ${name}`;
    }
    const target = path.join(folder, name);
    // The name is built from a slug and a fixed extension; this only guards that promise.
    if (path.dirname(target) !== folder) throw new GalleyError('internal', `Refusing to write "${target}" outside "${folder}".`);
    manifest.record(name, article.id, format, data, now);
    written.push(note ? { format, path: target, note } : { format, path: target });
  }
  return written;
}
