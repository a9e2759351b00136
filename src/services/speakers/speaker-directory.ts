// The speaker directory: every person quoted anywhere in the library, in one
// lowdb file (speakers.json) shared by all articles.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GalleyError } from '../../shared/contract/errors';
import { Speaker, type SpeakerFields } from '../../shared/speakers/model';
import { JsonFiles } from '../store/json-file';
import type { Quarantine } from '../store/quarantine';

const DirectoryFile = z.object({ speakers: z.array(Speaker) }).strict();

export class SpeakerDirectory {
  #speakers: Speaker[] = [];
  readonly #files = new JsonFiles();

  private constructor(
    private readonly path: string,
    private readonly now: () => Date,
  ) {}

  /** A damaged directory is quarantined and started afresh: the articles keep their speaker ids. */
  static async open(path: string, quarantine: Quarantine, now: () => Date = () => new Date()): Promise<SpeakerDirectory> {
    const directory = new SpeakerDirectory(path, now);
    const outcome = await directory.#files.read(path, DirectoryFile);
    if (outcome.kind === 'ok') directory.#speakers = outcome.value.speakers;
    else if (outcome.kind === 'damaged') await quarantine.put(path, outcome.reason);
    return directory;
  }

  list(): Speaker[] {
    return [...this.#speakers].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Speaker | undefined {
    return this.#speakers.find((s) => s.id === id);
  }

  async create(fields: SpeakerFields): Promise<Speaker> {
    const at = this.now().toISOString();
    const speaker: Speaker = { ...fields, name: fields.name.trim(), id: randomUUID(), createdAt: at, updatedAt: at };
    await this.#commit([...this.#speakers, speaker]);
    return speaker;
  }

  async update(id: string, fields: Partial<SpeakerFields>): Promise<Speaker> {
    const current = this.#require(id);
    const next: Speaker = { ...current, ...fields, id, updatedAt: this.now().toISOString() };
    await this.#commit(this.#speakers.map((s) => (s.id === id ? next : s)));
    return next;
  }

  /** Removes `dropId`, filling blanks in `keepId` from it; the caller retags the articles. */
  async merge(keepId: string, dropId: string): Promise<Speaker> {
    if (keepId === dropId) throw new GalleyError('invalid-argument', 'Choose two different speakers to merge.');
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
    await this.#commit(this.#speakers.filter((s) => s.id !== dropId).map((s) => (s.id === keepId ? merged : s)));
    return merged;
  }

  #require(id: string): Speaker {
    const speaker = this.get(id);
    if (!speaker) throw new GalleyError('not-found', `There is no speaker ${id} in the directory.`);
    return speaker;
  }

  async #commit(next: Speaker[]): Promise<void> {
    await this.#files.write(this.path, { speakers: next }, 'the speaker directory');
    this.#speakers = next;
  }
}
