// Reading and writing one JSON file of the library through lowdb, with the
// two things lowdb leaves to us: telling a damaged file from a missing one,
// and turning file-system failures into sentences a sub can act on.
import { stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { GalleyError } from '../../shared/contract/errors';

/** Files past this size are refused unread: nothing Galley writes comes near it. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  | { kind: 'damaged'; reason: string };

/**
 * The library's JSON files, one lowdb instance per path. steno (lowdb's
 * writer) writes to a temp file beside the target and renames it, so a crash
 * leaves the old file or the new one, never a mix; it also coalesces writes
 * that arrive while one is in flight. Both guarantees hold only with exactly
 * one writer per path, which this cache provides within a process.
 */
export class JsonFiles {
  readonly #dbs = new Map<string, Low<unknown>>();

  #db(path: string): Low<unknown> {
    let db = this.#dbs.get(path);
    if (!db) {
      db = new Low<unknown>(new JSONFile(path), null);
      this.#dbs.set(path, db);
    }
    return db;
  }

  /** Reads and validates a file. Never throws for bad content: the caller decides whether to quarantine. */
  async read<S extends z.ZodType>(path: string, schema: S): Promise<ReadOutcome<z.output<S>>> {
    let size: number;
    try {
      const info = await stat(path);
      if (info.isDirectory()) return { kind: 'damaged', reason: 'a folder stands where the file should be' };
      size = info.size;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return { kind: 'missing' };
      return { kind: 'damaged', reason: describeFsError(error) };
    }
    if (size === 0) return { kind: 'damaged', reason: 'the file is empty' };
    if (size > MAX_FILE_BYTES) {
      return { kind: 'damaged', reason: `the file is ${Math.round(size / 1048576)} MB, far larger than any article` };
    }
    const db = this.#db(path);
    try {
      // lowdb parses with JSON.parse: truncated or non-JSON content surfaces as a SyntaxError.
      await db.read();
    } catch (error) {
      if (error instanceof SyntaxError) return { kind: 'damaged', reason: `not valid JSON (${error.message.slice(0, 120)})` };
      return { kind: 'damaged', reason: describeFsError(error) };
    }
    const data = db.data;
    // The parsed value is validated and copied; lowdb's cache must not hold it between reads.
    db.data = null;
    if (data === null) return { kind: 'missing' };
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { kind: 'damaged', reason: `wrong shape: ${issue.path.map(String).join('.') || 'top level'} ${issue.message}` };
    }
    return { kind: 'ok', value: parsed.data };
  }

  async write(path: string, value: unknown, what: string): Promise<void> {
    const db = this.#db(path);
    db.data = value;
    try {
      await db.write();
    } catch (error) {
      throw new GalleyError('disk', `Could not save ${what}: ${describeFsError(error)}.`);
    } finally {
      db.data = null;
    }
  }

  /** Drops the writer for a file that was moved or removed. */
  forget(path: string): void {
    this.#dbs.delete(path);
  }
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === code;
}

export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
  const path = typeof error === 'object' && error !== null ? (error as { path?: string }).path : undefined;
  const where = path ? ` (${path})` : '';
  switch (code) {
    case 'ENOSPC':
      return `the disk is full${where}`;
    case 'EROFS':
      return `the library folder is read-only${where}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied${where}`;
    case 'EISDIR':
      return `a folder stands where a file should be${where}`;
    case 'ENOENT':
      return `the file or folder is missing${where}`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many files are open${where}`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
