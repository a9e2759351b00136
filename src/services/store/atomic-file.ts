// lowdb's adapter for one library file, writing the way a crash cannot
// damage: the new text goes to a temp file of its own beside the target, is
// flushed to the disk, and is renamed over the target. A crash leaves the old
// file or the new one, never a mix and never an empty file.
//
// steno (lowdb's own writer) does the rename but not the flush, so after a
// power cut some file systems show the renamed file empty; and it names the
// temp file after the target alone, so two processes saving one article write
// into the same temp file. Here each write has its own temp name carrying the
// writer's pid, which also lets the next start tidy up after a killed one.
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { StoreFs } from './store-fs';

let sequence = 0;

/** `.<file>.<pid>-<n>.tmp`: hidden (the library ignores dot files) and traceable to its writer. */
export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++sequence}.tmp`);
}

const TEMP = /^\..+\.(\d+)-\d+\.tmp$/;
/** A temp file of a writer that is gone: a crash mid-save left it. */
const LEGACY_TEMP = /^\..+\.json\.tmp$/;
/** How old a temp file without a pid (steno's) must be before it counts as left behind. */
const LEGACY_TEMP_AGE_MS = 60_000;

/**
 * What the reader of a file accepts: checked on the text about to be written
 * and on the temp file before the rename, so nothing is put in place that
 * would not read back. Throws a sentence naming the file when it would not.
 */
export interface WriteLimits {
  maxBytes: number;
  /** A reason the value could not be read back (too deeply nested), or null. */
  unreadable(data: unknown): string | null;
  refuse(reason: string): Error;
  /** A tighter limit the caller set for this one value (a story's size), with its own refusal. */
  tighterFor?(data: unknown): { maxBytes: number; refuse(): Error } | undefined;
}

export class AtomicJsonFile<T> implements Adapter<T> {
  #chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly fs: StoreFs,
    private readonly limits: WriteLimits | null = null,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return null;
      throw error;
    }
    // Notepad and some Windows tools begin UTF-8 with a byte-order mark; JSON.parse would call it an error.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return JSON.parse(text) as T;
  }

  /**
   * Writes run one after another per file, in the order they were asked for.
   * Compact: indentation made a deeply nested body many times its size, past what the reader accepts.
   */
  write(data: T): Promise<void> {
    let text: string;
    try {
      text = JSON.stringify(data);
      this.#checkBeforeWriting(text, data);
    } catch (error) {
      return Promise.reject(error);
    }
    const run = this.#chain.then(() => this.#write(text));
    this.#chain = run.catch(() => {});
    return run;
  }

  async #write(text: string): Promise<void> {
    const temp = tempNameFor(this.path);
    try {
      // `flush` fsyncs the temp file before it is renamed into place.
      await this.fs.writeFile(temp, text, { encoding: 'utf8', flush: true });
      if (this.limits) {
        // What is on the disk, not what we meant to write, is what the reader will see.
        const { size } = await this.fs.stat(temp);
        if (size > this.limits.maxBytes) throw this.limits.refuse(tooLarge(size, this.limits.maxBytes));
      }
      await renameWithRetry(this.fs, temp, this.path);
    } catch (error) {
      await this.fs.unlink(temp).catch(() => {});
      // The sentence should name the file the sub knows, not our temp file.
      if (typeof error === 'object' && error !== null && (error as { path?: string }).path === temp) (error as { path?: string }).path = this.path;
      throw error;
    }
  }

  #checkBeforeWriting(text: string, data: T): void {
    if (!this.limits) return;
    const tighter = this.limits.tighterFor?.(data);
    const max = Math.min(this.limits.maxBytes, tighter?.maxBytes ?? Infinity);
    // UTF-8 is at most three bytes per UTF-16 unit: only a long text needs counting.
    if (text.length * 3 > max) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (tighter && bytes > tighter.maxBytes) throw tighter.refuse();
      if (bytes > this.limits.maxBytes) throw this.limits.refuse(tooLarge(bytes, this.limits.maxBytes));
    }
    const unreadable = this.limits.unreadable(data);
    if (unreadable) throw this.limits.refuse(unreadable);
  }
}

const tooLarge = (bytes: number, max: number) =>
  `written out it would be ${Math.ceil(bytes / 1048576)} MB, and Galley reads back at most ${Math.round(max / 1048576)} MB per file`;

/** Windows refuses a rename over a file another program (an indexer, a virus scanner) holds open for a moment. */
export async function renameWithRetry(fs: StoreFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES');
      if (!transient || attempt >= 9) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Whether a process with this pid exists on this machine. */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Removes temp files in `dir` left by writers that were killed mid-save. Never throws. */
export async function sweepTemps(dir: string, fs: StoreFs, now: number = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const owned = TEMP.exec(name);
    let orphan = false;
    if (owned) {
      const pid = Number(owned[1]);
      orphan = pid !== process.pid && !pidAlive(pid);
    } else if (LEGACY_TEMP.test(name)) {
      const info = await fs.stat(join(dir, name)).catch(() => null);
      orphan = info !== null && info.isFile() && now - info.mtimeMs > LEGACY_TEMP_AGE_MS;
    }
    if (orphan && (await fs.unlink(join(dir, name)).then(() => true, () => false))) removed++;
  }
  return removed;
}
