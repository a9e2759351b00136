// Reading a reporter's file from disk for import or quote detection. The
// importer judges the content; this names the file when it cannot be read at
// all, and refuses an oversized one before reading it into memory.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../shared/contract/api';
import { GalleyError } from '../shared/contract/errors';
import { messageOf } from '../shared/message-of';

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

export interface CopyFile {
  /** The name the importer sees (its extension chooses the reader). */
  fileName: string;
  bytes: Uint8Array;
}

export async function readCopyFile(file: string, cwd: string): Promise<CopyFile> {
  const full = path.resolve(cwd, file);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (info.size > MAX_IMPORT_BYTES) {
      throw new GalleyError('unreadable-file', `Could not read “${file}”: it is ${(info.size / 1048576).toFixed(1)} MB; Galley imports files up to 20 MB.`);
    }
    const bytes = await readFile(full);
    return { fileName: path.basename(full), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    if (error instanceof GalleyError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (messageOf(error));
    throw new GalleyError('unreadable-file', `Could not read “${file}”: ${reason}.`);
  }
}
