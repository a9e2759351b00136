// A file Galley cannot read is moved aside, never deleted and never left in
// place to fail again: the sub (or support) can still open it by hand.
import { basename, join } from 'node:path';
import { z } from 'zod';
import { DamagedFile } from '../../shared/article/model';
import type { JsonFiles } from './json-file';
import type { LibraryLayout } from './layout';

const DamagedList = z.object({ damaged: z.array(DamagedFile) }).strict();

export class Quarantine {
  #list: DamagedFile[] = [];

  constructor(
    private readonly layout: LibraryLayout,
    private readonly files: JsonFiles,
    private readonly now: () => Date,
  ) {}

  async load(): Promise<void> {
    const outcome = await this.files.read(this.layout.damagedList, DamagedList);
    // A damaged list of damaged files is not worth a second quarantine: start it afresh.
    this.#list = outcome.kind === 'ok' ? outcome.value.damaged : [];
  }

  /** The quarantine folder, where records set aside from a file are kept too. */
  get folder(): string {
    return this.layout.quarantine;
  }

  get damaged(): readonly DamagedFile[] {
    return this.#list;
  }

  /** Moves `path` into the quarantine folder and records why. Returns the record. Never throws. */
  async put(path: string, reason: string): Promise<DamagedFile> {
    const at = this.now().toISOString();
    const stamp = at.replace(/[:.]/g, '-');
    const target = join(this.layout.quarantine, `${stamp}-${basename(path)}`);
    let quarantinedAs = target;
    try {
      await this.files.fs.mkdir(this.layout.quarantine, { recursive: true });
      await this.files.fs.rename(path, target);
    } catch {
      // Could not move it (permissions, read-only disk): list it all the same, so it is
      // visible, and leave the file where it is.
      quarantinedAs = path;
    }
    this.files.forget(path);
    return this.#record({ file: basename(path), quarantinedAs, reason, at });
  }

  /** Lists `path` as unreadable without moving it: a folder of the library, or a file the system will not let us touch. */
  note(path: string, reason: string): Promise<DamagedFile> {
    return this.#record({ file: basename(path), quarantinedAs: path, reason, at: this.now().toISOString() });
  }

  /** Lists `file` as partly unreadable: some of its records were set aside into `keptAs`, the rest load. */
  noteSetAside(file: string, keptAs: string, reason: string): Promise<DamagedFile> {
    return this.#record({ file, quarantinedAs: keptAs, reason, at: this.now().toISOString() });
  }

  async #record(record: DamagedFile): Promise<DamagedFile> {
    this.#list = [...this.#list.filter((d) => d.quarantinedAs !== record.quarantinedAs), record];
    await this.files.write(this.layout.damagedList, { damaged: this.#list }, 'the list of damaged files').catch(() => {});
    return record;
  }
}
