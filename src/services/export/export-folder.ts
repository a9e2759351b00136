// The folder an export is written into, made on disk under the exports root
// the sub chose. The root (from the settings, the command line's --out or the
// desktop app's folder dialog) may itself sit behind a link the sub made; below
// it every step is created with a plain mkdir, checked with lstat and its
// realpath, so a link planted inside the root cannot carry the files
// elsewhere. Node's recursive mkdir is never used: on some errors (a folder
// under /proc, say) it retries for ever, which hung exports.
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { GalleyError } from '../../shared/contract/errors';
import { isWithin, subfolderParts, unsafeFolderReason } from '../../shared/export/folder-rules';
import { folderError } from './export-disk';

export interface ExportFolderRequest {
  /** The exports root: absolute. */
  root: string;
  /** What the page named under it; '' for the root itself. */
  subfolder: string;
  /** Galley's own folders (the library, the installed program): never written into. */
  forbidden: readonly string[];
}

/** Makes (if need be) and returns the real, absolute folder the files go into, or says why not, naming it. */
export async function prepareExportFolder(request: ExportFolderRequest): Promise<string> {
  const shown = path.join(request.root, request.subfolder);
  const rootReason = unsafeFolderReason(request.root);
  if (rootReason) throw refused(request.root, rootReason);
  if (!path.isAbsolute(request.root)) throw refused(request.root, 'it is not a full path');
  const sub = subfolderParts(request.subfolder);
  if ('reason' in sub) throw refused(shown, sub.reason);

  const forbidden = await Promise.all(request.forbidden.map((f) => realpath(f).catch(() => path.resolve(f))));
  // Judged before the first folder is made, on where the root would be once made.
  const root = await makeFolders(path.resolve(request.root), (planned) => checkNotGalleys(planned, forbidden, request.root));

  let folder = root;
  for (const part of sub.parts) {
    const next = path.join(folder, part);
    await makeStep(next, shown);
    const real = await realpath(next).catch((error: unknown) => Promise.reject(folderError(shown, error)));
    // A link, a junction or a mount trick that leads out of the root.
    if (real !== next || !isWithin(real, root, path.sep)) throw refused(shown, `“${part}” leads outside the exports folder ${root}`);
    folder = real;
  }
  checkNotGalleys(folder, forbidden, shown);
  return folder;
}

/**
 * Creates a folder and any missing parents one step at a time, following
 * links that already exist; returns its realpath. `approve` sees that real
 * path before anything is made, and may refuse it by throwing.
 */
export async function makeFolders(folder: string, approve: (planned: string) => void = () => undefined): Promise<string> {
  const missing: string[] = [];
  let existing = folder;
  for (;;) {
    const kind = await kindOf(existing, folder);
    if (kind === 'missing') {
      missing.unshift(path.basename(existing));
      const up = path.dirname(existing);
      if (up === existing) throw refused(folder, 'its disk does not exist');
      existing = up;
      continue;
    }
    if (kind === 'file') throw refused(folder, `${existing} is a file, not a folder`);
    break;
  }
  let real = await realpath(existing).catch((error: unknown) => Promise.reject(folderError(folder, error)));
  approve(path.join(real, ...missing));
  for (const part of missing) {
    const next = path.join(real, part);
    await makeStep(next, folder);
    real = next;
  }
  return real;
}

/** One folder made with a plain mkdir (which never follows a link at its own name), then checked to be a real folder. */
async function makeStep(folder: string, shown: string): Promise<void> {
  try {
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw folderError(shown, error);
  }
  const stats = await lstat(folder).catch((error: unknown) => Promise.reject(folderError(shown, error)));
  if (stats.isSymbolicLink()) throw refused(shown, `${folder} is a link to another place, and exports do not follow links inside the exports folder`);
  if (!stats.isDirectory()) throw refused(shown, `${folder} is a file, not a folder`);
}

async function kindOf(target: string, shown: string): Promise<'missing' | 'folder' | 'file'> {
  try {
    // stat, not lstat: above the root the sub's own links are followed.
    return (await stat(target)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file stands somewhere above; walking up finds and names it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw folderError(shown, error);
  }
}

function checkNotGalleys(folder: string, forbidden: readonly string[], shown: string): void {
  for (const own of forbidden) {
    if (isWithin(folder, own, path.sep)) throw refused(shown, `it is inside Galley’s own folder ${own}, which exports must never touch`);
  }
}

function refused(folder: string, reason: string): GalleyError {
  return new GalleyError('invalid-argument', `Cannot export to the folder "${folder}": ${reason}.`);
}
