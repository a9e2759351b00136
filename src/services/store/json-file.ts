// Reading and writing one JSON file of the library through lowdb, with the
// two things lowdb leaves to us: telling a damaged file from a missing one,
// and turning file-system failures into sentences a sub can act on.
import { Low } from 'lowdb';
import type { z } from 'zod';
import { GalleyError } from '../../shared/contract/errors';
import { AtomicJsonFile, type WriteLimits } from './atomic-file';
import { nodeFs, type StoreFs } from './store-fs';
import { messageOf } from '../../shared/message-of';

/** Files past this size are refused unread: nothing Galley writes comes near it. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  | { kind: 'damaged'; reason: string; transient?: boolean };

/**
 * The library's JSON files, one lowdb instance per path. Each write goes to a
 * temp file of its own, is flushed and renamed over the target (see
 * atomic-file.ts), so a crash leaves the old file or the new one, never a
 * mix; writes to one path run in order within a process. Writers in other
 * processes are kept apart per article by article-lock.ts.
 */
/** Validated files kept in memory: the article being edited and a few more. */
const RECENT_FILES = 16;

/** The file as stat saw it after a write. */
export type Written = import('node:fs').Stats;

/** The file as stat saw it: an atomic write replaces the inode, so any write changes this. */
function signatureOf(info: Written): string {
  return `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}

interface Recent {
  /** The file as stat saw it: an atomic write replaces the inode, so any write changes this. */
  signature: string;
  schema: z.ZodType;
  value: unknown;
}

export class JsonFiles {
  readonly #dbs = new Map<string, Low<unknown>>();
  /**
   * Opening a story reads and validates ten thousand words; reading it again
   * unchanged (reopened, exported, saved on top of) costs only a stat. The
   * values are frozen: a caller that changed one would change every later read.
   */
  readonly #recent = new Map<string, Recent>();

  /** `fs` defaults to node:fs/promises; tests pass the same calls with faults injected. */
  constructor(readonly fs: StoreFs = nodeFs) {}

  #db(path: string): Low<unknown> {
    let db = this.#dbs.get(path);
    if (!db) {
      db = new Low<unknown>(new AtomicJsonFile(path, this.fs, READ_LIMITS), null);
      this.#dbs.set(path, db);
    }
    return db;
  }

  /** Reads and validates a file. Never throws for bad content: the caller decides whether to quarantine. */
  async read<S extends z.ZodType>(path: string, schema: S): Promise<ReadOutcome<z.output<S>>> {
    let size: number;
    let signature: string;
    try {
      const info = await this.fs.stat(path);
      signature = signatureOf(info);
      if (info.isDirectory()) return { kind: 'damaged', reason: 'a folder stands where the file should be' };
      // A pipe or a device would block or never end: only plain files are read.
      if (!info.isFile()) return { kind: 'damaged', reason: 'it is not a plain file' };
      size = info.size;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return { kind: 'missing' };
      return { kind: 'damaged', reason: describeFsError(error), transient: isTransient(error) };
    }
    const recent = this.#recent.get(path);
    if (recent && recent.signature === signature && recent.schema === schema) {
      this.#recent.delete(path);
      this.#recent.set(path, recent);
      return { kind: 'ok', value: recent.value as z.output<S> };
    }
    if (size === 0) return { kind: 'damaged', reason: 'the file is empty' };
    if (size > MAX_FILE_BYTES) {
      return { kind: 'damaged', reason: `the file is ${Math.round(size / 1048576)} MB, far larger than any article` };
    }
    let data: unknown;
    try {
      // Read through the adapter, not db.read(): lowdb's shared `data` must not carry one read into another.
      // JSON.parse reports truncated or non-JSON content as a SyntaxError.
      data = await this.#db(path).adapter.read();
    } catch (error) {
      // The kind of damage only: JSON.parse's message quotes the text around the fault, and a file planted in the
      // library (a link to a key or a config) must not have its bytes shown on the page.
      if (error instanceof SyntaxError) return { kind: 'damaged', reason: 'not valid JSON' };
      if (isCode(error, 'ENOENT')) return { kind: 'missing' };
      return { kind: 'damaged', reason: describeFsError(error), transient: isTransient(error) };
    }
    if (data === null) return { kind: 'missing' };
    // Validation recurses through the body; a hostile file nested thousands deep must not exhaust the stack.
    if (nestedDeeperThan(data, MAX_JSON_DEPTH)) return { kind: 'damaged', reason: `wrong shape: nested more than ${MAX_JSON_DEPTH} levels deep` };
    let parsed: z.ZodSafeParseResult<z.output<S>>;
    try {
      parsed = schema.safeParse(data);
    } catch (error) {
      return { kind: 'damaged', reason: `wrong shape: ${messageOf(error)}` };
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // zod names unknown fields in its message: they are the file's words, not ours, so say only that there are some.
      const what = issue.code === 'unrecognized_keys' ? 'has fields Galley does not know' : issue.message;
      return { kind: 'damaged', reason: `wrong shape: ${issue.path.map(String).join('.') || 'top level'} ${what}` };
    }
    this.#remember(path, { signature, schema, value: deepFreeze(parsed.data) });
    return { kind: 'ok', value: parsed.data };
  }

  #remember(path: string, recent: Recent) {
    this.#recent.delete(path);
    this.#recent.set(path, recent);
    if (this.#recent.size > RECENT_FILES) this.#recent.delete(this.#recent.keys().next().value!);
  }

  /**
   * Writes a file whole. `limit` refuses a value whose compact JSON is larger
   * (measured on the text about to be written, so an ordinary save pays nothing for it).
   * Given the `schema` the value is valid under (the caller has just checked it), it becomes
   * the validated copy the next read serves while the file stays as written, so a save is not
   * read back and validated again by the save after it; the file as written is answered (null
   * when given no schema). Callers hold the article's lock, so no other Galley writes between
   * the write and the look at the file.
   */
  async write(path: string, value: unknown, what: string, limit?: SizeLimit, schema?: z.ZodType): Promise<Written | null> {
    const db = this.#db(path);
    db.data = value;
    if (limit && typeof value === 'object' && value !== null) sizeLimits.set(value, limit);
    try {
      await db.write();
    } catch (error) {
      this.#recent.delete(path);
      if (error instanceof TooBigToRead && error.sentence) throw new GalleyError('invalid-argument', error.sentence);
      if (error instanceof TooBigToRead) throw new GalleyError('invalid-argument', `${capitalise(what)} was not saved: ${error.message}. Your text is still in the editor.`);
      throw new GalleyError('disk', `Could not save ${what}: ${describeFsError(error)}.`);
    } finally {
      db.data = null;
    }
    if (!schema) {
      this.#recent.delete(path);
      return null;
    }
    const info = (await this.fs.stat(path)) as Written;
    this.#remember(path, { signature: signatureOf(info), schema, value: deepFreeze(value) });
    return info;
  }

  /** Drops the writer for a file that was moved or removed. */
  forget(path: string): void {
    this.#dbs.delete(path);
    this.#recent.delete(path);
  }
}

/** Far deeper than any article (its body nests at most 24 blocks), far shallower than the stack. */
export const MAX_JSON_DEPTH = 200;

/** A write refused because the file would not read back; `sentence` when the refusal is already a whole one. */
class TooBigToRead extends Error {
  constructor(
    reason: string,
    readonly sentence?: string,
  ) {
    super(reason);
  }
}

/** A limit a caller sets on one value it writes (a story's size), and the sentence that refuses it. */
export interface SizeLimit {
  maxBytes: number;
  explain(): string;
}
const sizeLimits = new WeakMap<object, SizeLimit>();

/** The reader's own limits, checked by the writer before a file is put in place. */
const READ_LIMITS: WriteLimits = {
  maxBytes: MAX_FILE_BYTES,
  unreadable: (data) => (nestedDeeperThan(data, MAX_JSON_DEPTH) ? `it nests more than ${MAX_JSON_DEPTH} levels deep, more than Galley reads back` : null),
  refuse: (reason) => new TooBigToRead(reason),
  tighterFor: (data) => {
    const limit = typeof data === 'object' && data !== null ? sizeLimits.get(data) : undefined;
    return limit && { maxBytes: limit.maxBytes, refuse: () => new TooBigToRead('', limit.explain()) };
  },
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Measures nesting without recursion, stopping as soon as `limit` is passed. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: node, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

/**
 * Failures of the moment, not of the file: the file must not be quarantined
 * for them, only the read refused (too many files open, a busy network share).
 */
const TRANSIENT = new Set(['EMFILE', 'ENFILE', 'EAGAIN', 'EBUSY', 'EINTR', 'ETIMEDOUT']);
export function isTransient(error: unknown): boolean {
  return typeof error === 'object' && error !== null && TRANSIENT.has(String((error as { code?: string }).code));
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
      return messageOf(error);
  }
}

/** Freezes a parsed file all the way down (iteratively: bodies nest). */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) continue;
    Object.freeze(node);
    for (const child of Object.values(node)) stack.push(child);
  }
  return value;
}
