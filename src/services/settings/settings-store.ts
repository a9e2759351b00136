// The library's settings file (settings.json). Reading never fails: a missing
// or damaged file gives the defaults, so a bad settings file can never stop the
// desk working; a change is written atomically under the file's lock.
import { z } from 'zod';
import { DEFAULT_SETTINGS, LibrarySettings, settingsFrom } from '../../shared/settings/model';
import { ArticleLocks } from '../store/article-lock';
import { JsonFiles } from '../store/json-file';
import { nodeFs, type StoreFs } from '../store/store-fs';

const AnyJson = z.unknown();

export class SettingsStore {
  readonly #files: JsonFiles;
  readonly #locks: ArticleLocks;

  constructor(
    private readonly path: string,
    fs: StoreFs = nodeFs,
  ) {
    this.#files = new JsonFiles(fs);
    this.#locks = new ArticleLocks(fs);
  }

  /** The settings as they stand on disk now (another window may have changed them). */
  async get(): Promise<LibrarySettings> {
    const outcome = await this.#files.read(this.path, AnyJson);
    return outcome.kind === 'ok' ? settingsFrom(outcome.value) : { ...DEFAULT_SETTINGS };
  }

  /** Applies the given fields over what is on disk; fields this version does not know are kept. */
  update(change: Partial<LibrarySettings>): Promise<LibrarySettings> {
    return this.#locks.with(`${this.path}.lock`, 'the library settings', async () => {
      // A field sent as undefined (IPC carries it) means "unchanged", never "remove".
      const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
      const next = LibrarySettings.parse({ ...(await this.get()), ...given });
      await this.#files.write(this.path, next, 'the library settings');
      return next;
    });
  }
}
