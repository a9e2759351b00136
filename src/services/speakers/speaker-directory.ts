// The speaker directory: every person quoted anywhere in the library, in one
// lowdb file (speakers.json) shared by all articles. Each change re-reads the
// file under a lock and applies itself to what is there, so two windows or two
// processes adding speakers at once both keep theirs. A record it cannot read
// is set aside (set-aside.ts) and written back untouched; a file that is not a
// directory at all is quarantined.
import { randomUUID } from 'node:crypto';
import { GalleyError } from '../../shared/contract/errors';
import { Speaker, type SpeakerFields } from '../../shared/speakers/model';
import { ArticleLocks } from '../store/article-lock';
import { JsonFiles } from '../store/json-file';
import type { Quarantine } from '../store/quarantine';
import { nodeFs, type StoreFs } from '../store/store-fs';
import { keepSetAside, LooseDirectoryFile, splitRecords } from './set-aside';

export class SpeakerDirectory {
  #speakers: Speaker[] = [];
  /** Records set aside, and fields a newer Galley added to the file: written back as they were. */
  #kept: { records: unknown[]; fields: Record<string, unknown> } = { records: [], fields: {} };
  readonly #files: JsonFiles;
  readonly #locks: ArticleLocks;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly now: () => Date,
    private readonly quarantine: Quarantine,
    fs: StoreFs,
  ) {
    this.#files = new JsonFiles(fs);
    this.#locks = new ArticleLocks(fs);
  }

  /** A damaged directory is quarantined and started afresh: the articles keep their speaker ids. */
  static async open(path: string, quarantine: Quarantine, now: () => Date = () => new Date(), fs: StoreFs = nodeFs): Promise<SpeakerDirectory> {
    const directory = new SpeakerDirectory(path, now, quarantine, fs);
    const outcome = await directory.#files.read(path, LooseDirectoryFile);
    if (outcome.kind === 'ok') await directory.#take(outcome.value);
    else if (outcome.kind === 'damaged' && !outcome.transient) await quarantine.put(path, outcome.reason);
    return directory;
  }

  /** Loads what could be read; sets aside and reports the records that could not. */
  async #take(file: { speakers: unknown[] } & Record<string, unknown>): Promise<void> {
    const { speakers: records, ...fields } = file;
    const { speakers, setAside } = splitRecords(records);
    this.#speakers = speakers;
    this.#kept = { records: setAside.map((s) => s.record), fields };
    await keepSetAside(setAside, this.#files, this.quarantine, this.now().toISOString());
  }

  list(): Speaker[] {
    return [...this.#speakers].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Speaker | undefined {
    return this.#speakers.find((s) => s.id === id);
  }

  create(fields: SpeakerFields): Promise<Speaker> {
    return this.#change((speakers) => {
      const at = this.now().toISOString();
      const speaker: Speaker = { ...fields, name: fields.name.trim(), id: randomUUID(), createdAt: at, updatedAt: at };
      return { next: [...speakers, speaker], result: speaker };
    });
  }

  update(id: string, fields: Partial<SpeakerFields>): Promise<Speaker> {
    return this.#change(() => {
      const current = this.#require(id);
      const next: Speaker = { ...current, ...fields, id, updatedAt: this.now().toISOString() };
      return { next: this.#speakers.map((s) => (s.id === id ? next : s)), result: next };
    });
  }

  /** Removes `dropId`, filling blanks in `keepId` from it; the caller retags the articles. */
  merge(keepId: string, dropId: string): Promise<Speaker> {
    if (keepId === dropId) return Promise.reject(new GalleyError('invalid-argument', 'Choose two different speakers to merge.'));
    return this.#change(() => this.#merged(keepId, dropId));
  }

  #merged(keepId: string, dropId: string): { next: Speaker[]; result: Speaker } {
    const keep = this.#require(keepId);
    const drop = this.#require(dropId);
    const merged: Speaker = {
      ...keep,
      role: keep.role || drop.role,
      organisation: keep.organisation || drop.organisation,
      laterReference: keep.laterReference || drop.laterReference,
      pronoun: keep.pronoun ?? drop.pronoun,
      notes: [keep.notes, drop.notes].filter(Boolean).join('\n'),
      updatedAt: this.now().toISOString(),
    };
    return { next: this.#speakers.filter((s) => s.id !== dropId).map((s) => (s.id === keepId ? merged : s)), result: merged };
  }

  #require(id: string): Speaker {
    const speaker = this.get(id);
    if (!speaker) throw new GalleyError('not-found', `There is no speaker ${id} in the directory.`);
    return speaker;
  }

  /**
   * One change at a time in this process, under the directory's lock across
   * processes, applied to the file as it is now (another process may have
   * added speakers since this one read it).
   */
  #change<T>(apply: (speakers: Speaker[]) => { next: Speaker[]; result: T }): Promise<T> {
    const run = this.#queue.then(() =>
      this.#locks.with(`${this.path}.lock`, 'the speaker directory', async () => {
        const fresh = await this.#files.read(this.path, LooseDirectoryFile);
        if (fresh.kind === 'ok') await this.#take(fresh.value);
        const { next, result } = apply(this.#speakers);
        // The records set aside go back as they were: only this Galley could not read them.
        await this.#files.write(this.path, { ...this.#kept.fields, speakers: [...next, ...this.#kept.records] }, 'the speaker directory');
        this.#speakers = next;
        return result;
      }),
    );
    this.#queue = run.catch(() => {});
    return run;
  }
}
