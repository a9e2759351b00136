// The file-system steps of an export, each one safe on its own: a new file
// is never written over anything (it is linked to its name, which fails if
// the name is taken), a replacement is written aside and renamed into place,
// and every failure becomes a sentence naming the folder and the reason.
import { randomBytes } from 'node:crypto';
import { link, lstat, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GalleyError } from '../../shared/contract/errors';
import { messageOf } from '../../shared/message-of';

/**
 * Writes a file only where no file (nor link) of that name exists: written
 * aside, then hard-linked to its name, which fails rather than replace
 * anything. False when the name is taken.
 */
export async function writeNew(target: string, data: string | Uint8Array, folder: string): Promise<boolean> {
  if (await lstat(target).then(() => true, () => false)) return false;
  const temp = tempBeside(target);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    try {
      await link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // A disk without hard links (FAT, some network disks): create the name exclusively instead.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      try {
        await writeFile(target, data, { flag: 'wx' });
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    }
    return true;
  } catch (error) {
    throw folderError(folder, error);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Writes beside the target and renames into place: a reader never sees half a file. Returns the target. */
export async function writeAtomically(target: string, data: string | Uint8Array, folder: string): Promise<string> {
  const temp = tempBeside(target);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
    return target;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw folderError(folder, error);
  }
}

const tempBeside = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOTDIR: 'it is not a folder',
  EEXIST: 'a file is in the way',
  ENOENT: 'the system does not allow a folder to be made there',
  ELOOP: 'it leads through a loop of links',
  ENAMETOOLONG: 'the name is too long',
};

/** A file-system failure while exporting, as a sentence that names the folder. */
export function folderError(folder: string, error: unknown): GalleyError {
  if (error instanceof GalleyError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = (code && FS_REASONS[code]) ?? messageOf(error);
  return new GalleyError('disk', `Cannot write exports to the folder "${folder}": ${reason}${code ? ` (${code})` : ''}.`);
}
