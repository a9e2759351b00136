// Writes an article's exports into one folder. Every export is rendered
// before the first file is touched, and each file is written beside its
// final name and renamed into place, so a reader never sees half a file
// and a failure leaves no stray temporaries. Names come from the catchline
// made safe, so nothing can be written outside the folder.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../shared/article/model';
import { GalleyError } from '../../shared/contract/errors';
import { exportBaseName } from '../../shared/export/file-name';
import { EXPORT_FORMATS, FILE_EXTENSIONS, TEXT_EXPORTERS, isTextExportFormat, type ExportFormat } from '../../shared/export/formats';
import type { ExportOptions } from '../../shared/export/options';
import type { Speaker } from '../../shared/speakers/model';
import { exportDocx } from './docx';
import { messageOf } from '../../shared/message-of';

export type WrittenExport = { format: ExportFormat; path: string };

export async function writeExports(
  article: Article,
  speakers: Speaker[],
  formats: readonly ExportFormat[],
  outDir: string,
  options?: ExportOptions,
): Promise<WrittenExport[]> {
  const wanted = [...new Set(formats)];
  for (const format of wanted) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new GalleyError('invalid-argument', `"${String(format)}" is not an export format (expected one of ${EXPORT_FORMATS.join(', ')}).`);
    }
    if (format === 'pdf') {
      throw new GalleyError('invalid-argument', 'PDF is printed from the HTML export by the app window, not written here: export it with the PDF command.');
    }
  }

  const folder = path.resolve(outDir);
  const rendered: Array<{ format: ExportFormat; data: string | Uint8Array }> = [];
  for (const format of wanted) {
    const data = isTextExportFormat(format) ? TEXT_EXPORTERS[format](article, speakers, options) : await exportDocx(article, speakers, options);
    rendered.push({ format, data });
  }

  await ensureWritableFolder(folder);
  const base = exportBaseName(article);
  const written: WrittenExport[] = [];
  for (const { format, data } of rendered) {
    const target = path.join(folder, `${base}.${FILE_EXTENSIONS[format]}`);
    // The name is built from a slug and a fixed extension; this only guards that promise.
    if (path.dirname(target) !== folder) throw new GalleyError('internal', `Refusing to write "${target}" outside "${folder}".`);
    await writeAtomically(target, data, folder);
    written.push({ format, path: target });
  }
  return written;
}

/** Creates the folder if needed and proves it can be written, or says why not, naming it. */
export async function ensureWritableFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    if (!(await stat(folder)).isDirectory()) throw Object.assign(new Error('it is not a folder'), { code: 'ENOTDIR' });
    await access(folder, constants.W_OK);
  } catch (error) {
    throw folderError(folder, error);
  }
}

/** Writes beside the target and renames into place: a reader never sees half a file. Returns the target. */
export async function writeAtomically(target: string, data: string | Uint8Array, folder: string): Promise<string> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
    return target;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw folderError(folder, error);
  }
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOTDIR: 'it is not a folder',
  EEXIST: 'a file is in the way',
};

/** A file-system failure while exporting, as a sentence that names the folder. */
export function folderError(folder: string, error: unknown): GalleyError {
  if (error instanceof GalleyError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = (code && FS_REASONS[code]) ?? (messageOf(error));
  return new GalleyError('disk', `Cannot write exports to the folder "${folder}": ${reason}${code ? ` (${code})` : ''}.`);
}
