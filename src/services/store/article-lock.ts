// An advisory lock per article file, so that two Galleys on one library (two
// app instances, the app and `galley serve`, two machines on a shared folder)
// cannot both pass the revision check before either has saved: the second
// would overwrite the first's words without a conflict.
//
// The lock is `articles/<id>.lock`, created whole in one step (written to a
// temp file, then hard-linked into place, which fails if the lock exists),
// holding who took it. A lock whose process is gone (same machine) or that is
// older than any save could take is broken: the breaker moves it aside first
// and checks it moved the lock it judged stale, so two breakers cannot both
// take it.
//
// A lock's own time cannot be trusted alone: a clock running ahead, or a file
// planted by hand, would make a lock that never grows old. So a lock timed in
// the future (beyond the skew allowed between machines) is stale, and so is
// one this process has watched unchanged for longer than any save takes,
// measured on this process's own steady clock, whatever the lock says.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hostname } from 'node:os';
import { GalleyError } from '../../shared/contract/errors';
import { pidAlive, tempNameFor } from './atomic-file';
import { describeFsError, isCode } from './json-file';
import type { StoreFs } from './store-fs';
import { messageOf } from '../../shared/message-of';

export interface LockOptions {
  /** A lock older than this is taken to be left by a hung or crashed writer. */
  staleMs?: number;
  /** How long to wait for another writer before answering with a conflict. */
  waitMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  at: number;
  nonce: string;
}

const DEFAULT_STALE_MS = 30_000;
const DEFAULT_WAIT_MS = 10_000;
/** One clock: a lock this machine timed in the future was not taken by a running save. */
const SAME_HOST_SKEW_MS = 2_000;
/** Machines on one shared folder keep time by NTP; a minute ahead is no clock a newsroom runs. */
const OTHER_HOST_SKEW_MS = 60_000;

/** The same lock as seen before: its nonce, or for an unreadable one, its file's identity. */
interface Sighting {
  key: string;
  since: number;
}

export class ArticleLocks {
  readonly #staleMs: number;
  readonly #waitMs: number;
  readonly #host = hostname();
  /** Locks found held, by path, and since when (performance.now()) this process has seen each unchanged. */
  readonly #seen = new Map<string, Sighting>();

  constructor(
    private readonly fs: StoreFs,
    options: LockOptions = {},
  ) {
    this.#staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    this.#waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  }

  /** Runs `task` holding the lock at `lockPath`; `what` names the article in the conflict sentence. */
  async with<T>(lockPath: string, what: string, task: () => Promise<T>): Promise<T> {
    const holder = await this.#acquire(lockPath, what);
    try {
      return await task();
    } finally {
      await this.#release(lockPath, holder);
    }
  }

  async #acquire(lockPath: string, what: string): Promise<Holder> {
    const mine: Holder = { pid: process.pid, host: this.#host, at: Date.now(), nonce: randomBytes(8).toString('hex') };
    const deadline = Date.now() + this.#waitMs;
    const temp = tempNameFor(lockPath);
    try {
      for (let attempt = 0; ; attempt++) {
        mine.at = Date.now();
        if (await this.#place(temp, lockPath, mine, what)) {
          this.#seen.delete(lockPath);
          return mine;
        }
        const held = await this.#read(lockPath);
        if (held === 'gone') continue;
        if (await this.#isStale(lockPath, held)) {
          await this.#break(lockPath, held);
          this.#seen.delete(lockPath);
          continue;
        }
        if (Date.now() > deadline) {
          throw new GalleyError(
            'conflict',
            `${capitalise(what)} is being saved by another Galley (${describeHolder(held)}) and it has not finished; your text is still in the editor, save again in a moment.`,
          );
        }
        // Saves take milliseconds: a short, jittered wait avoids two writers retrying in step.
        await new Promise((resolve) => setTimeout(resolve, Math.min(2 + attempt, 25) * (0.5 + Math.random())));
      }
    } finally {
      await this.fs.unlink(temp).catch(() => {});
    }
  }

  /** Tries to put the lock in place. False if another writer holds it. */
  async #place(temp: string, lockPath: string, mine: Holder, what: string): Promise<boolean> {
    try {
      await this.fs.writeFile(temp, JSON.stringify(mine), { encoding: 'utf8' });
      await this.fs.link(temp, lockPath);
      return true;
    } catch (error) {
      if (isCode(error, 'EEXIST')) return false;
      if (!isCode(error, 'EPERM') && !isCode(error, 'ENOTSUP') && !isCode(error, 'ENOSYS') && !isCode(error, 'EOPNOTSUPP')) {
        throw new GalleyError('disk', `Could not save ${what}: ${describeFsError(withoutPath(error))}.`);
      }
    }
    // A file system without hard links (FAT, some network shares): exclusive create instead.
    try {
      await this.fs.writeFile(lockPath, JSON.stringify(mine), { encoding: 'utf8', flag: 'wx' });
      return true;
    } catch (error) {
      if (isCode(error, 'EEXIST')) return false;
      throw new GalleyError('disk', `Could not save ${what}: ${describeFsError(withoutPath(error))}.`);
    }
  }

  async #read(path: string): Promise<Holder | 'gone' | 'unreadable'> {
    let text: string;
    try {
      text = await this.fs.readFile(path, 'utf8');
    } catch (error) {
      return isCode(error, 'ENOENT') ? 'gone' : 'unreadable';
    }
    try {
      const value = JSON.parse(text) as Partial<Holder>;
      if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.at === 'number' && typeof value.nonce === 'string') {
        return value as Holder;
      }
    } catch {
      // fall through: a lock being written by the exclusive-create path, or damaged
    }
    return 'unreadable';
  }

  async #isStale(lockPath: string, held: Holder | 'unreadable'): Promise<boolean> {
    const now = Date.now();
    if (held === 'unreadable') {
      // Half-written (exclusive-create path) or damaged: judged by the file's age, and by how long it has sat unchanged.
      const info = await this.fs.stat(lockPath).catch(() => null);
      if (info === null) return false;
      if (now - info.mtimeMs > this.#staleMs || info.mtimeMs - now > OTHER_HOST_SKEW_MS) return true;
      return this.#watchedTooLong(lockPath, `file:${info.ino}:${info.size}:${info.mtimeMs}`);
    }
    const here = held.host === this.#host;
    if (here && held.pid !== process.pid && !pidAlive(held.pid)) return true;
    if (now - held.at > this.#staleMs) return true;
    if (held.at - now > (here ? SAME_HOST_SKEW_MS : OTHER_HOST_SKEW_MS)) return true;
    return this.#watchedTooLong(lockPath, `nonce:${held.nonce}`);
  }

  /** True once this process has seen the same lock at `lockPath` for longer than any save takes. */
  #watchedTooLong(lockPath: string, key: string): boolean {
    const seen = this.#seen.get(lockPath);
    const now = performance.now();
    if (!seen || seen.key !== key) {
      this.#seen.set(lockPath, { key, since: now });
      return false;
    }
    return now - seen.since > this.#staleMs;
  }

  /** Moves the stale lock aside, then checks it was the one judged stale; if not, puts it back. */
  async #break(lockPath: string, held: Holder | 'unreadable'): Promise<void> {
    const aside = tempNameFor(`${lockPath}.stale`);
    try {
      await this.fs.rename(lockPath, aside);
    } catch {
      return; // already gone: someone else broke or released it
    }
    const moved = await this.#read(aside);
    const same = held === 'unreadable' ? moved === 'unreadable' : moved !== 'gone' && moved !== 'unreadable' && moved.nonce === held.nonce;
    if (moved !== 'gone' && !same) {
      // A fresh lock took the stale one's place between the read and the move: restore it unless yet another is there.
      await this.fs.link(aside, lockPath).catch(() => {});
    }
    await this.fs.unlink(aside).catch(() => {});
  }

  async #release(lockPath: string, mine: Holder): Promise<void> {
    const held = await this.#read(lockPath);
    if (held !== 'gone' && held !== 'unreadable' && held.nonce === mine.nonce) await this.fs.unlink(lockPath).catch(() => {});
  }
}

/** The lock's own file names mean nothing to a sub: the sentence names the article and the reason only. */
function withoutPath(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  return code ? Object.assign(new Error(messageOf(error)), { code }) : error;
}

/** Who holds a lock, for the conflict sentence: the process, the machine and since when. */
function describeHolder(held: Holder | 'unreadable'): string {
  if (held === 'unreadable') return 'its lock file cannot be read';
  const since = new Date(held.at);
  const when = Number.isNaN(since.getTime()) ? 'an unknown time' : `${since.toISOString().slice(0, 10)} ${since.toISOString().slice(11, 19)} UTC`;
  return `process ${held.pid} on ${held.host}, holding it since ${when}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
