// Reading a reporter's file from disk for import or quote detection. The
// importer judges the content; this names the file when it cannot be read at
// all. Only a plain file is read: a named pipe would block the read for ever
// and a device such as /dev/zero never ends, so the file is opened without
// blocking, judged by what was opened (not by a name that could be swapped
// between a check and the open), and read no further than the import limit.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../shared/contract/api';
import { GalleyError } from '../shared/contract/errors';
import { messageOf } from '../shared/message-of';

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENXIO: 'it is not a plain file (a pipe, socket or device); Galley imports files saved on disk',
};

export interface CopyFile {
  /** The name the importer sees (its extension chooses the reader). */
  fileName: string;
  bytes: Uint8Array;
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

export async function readCopyFile(file: string, cwd: string): Promise<CopyFile> {
  const full = path.resolve(cwd, file);
  const refuse = (reason: string) => new GalleyError('unreadable-file', `Could not read “${file}”: ${reason}.`);
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    const handle = await open(full, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw refuse(REASONS.EISDIR);
      if (!info.isFile()) throw refuse(REASONS.ENXIO);
      if (info.size > MAX_IMPORT_BYTES) {
        throw refuse(`it is ${megabytes(info.size)}; Galley imports files up to ${megabytes(MAX_IMPORT_BYTES)}`);
      }
      // Read at most one byte past the limit: a file that grows while it is read is still caught.
      const buffer = new Uint8Array(MAX_IMPORT_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > MAX_IMPORT_BYTES) throw refuse(`it is over ${megabytes(MAX_IMPORT_BYTES)}; Galley imports files up to ${megabytes(MAX_IMPORT_BYTES)}`);
      }
      return { fileName: path.basename(full), bytes: buffer.slice(0, length) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof GalleyError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw refuse(REASONS[code] ?? messageOf(error));
  }
}
