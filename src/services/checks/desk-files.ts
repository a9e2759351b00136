// The desk's own check files, beside the articles: house-style.yaml (the
// rules, copied from the shipped default the first time a library is
// checked, then the desk's to edit) and desk-dictionary.txt (words the desk
// accepts, one a line). Reading never fails on what the files hold — the
// rules file is judged rule by rule when it is loaded — and a word is added
// under a lock, so two windows adding at once both keep theirs.
import { randomUUID } from 'node:crypto';
import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../shared/contract/errors';
import { isDeskWord, readWordList } from '../../shared/checks/word-list';
import { ArticleLocks } from '../store/article-lock';
import { nodeFs } from '../store/store-fs';
import { findCheckResources } from './resources';

export const HOUSE_STYLE_FILE = 'house-style.yaml';
export const DESK_DICTIONARY_FILE = 'desk-dictionary.txt';

/** What the checks read from a library: the rules file's text and the desk's words. */
export interface DeskChecks {
  houseStyle: string;
  /** Where the rules file is, for messages that name it. */
  houseStylePath: string;
  deskWords: string[];
}

export class DeskCheckFiles {
  readonly #locks = new ArticleLocks(nodeFs);

  constructor(
    private readonly root: string,
    private readonly resources: string | null = findCheckResources(),
  ) {}

  get houseStylePath(): string {
    return join(this.root, HOUSE_STYLE_FILE);
  }

  get deskDictionaryPath(): string {
    return join(this.root, DESK_DICTIONARY_FILE);
  }

  /** The rules and words, copying the default rules in on first use. */
  async read(): Promise<DeskChecks> {
    return { houseStyle: await this.houseStyle(), houseStylePath: this.houseStylePath, deskWords: await this.deskWords() };
  }

  async houseStyle(): Promise<string> {
    const existing = await readOrNull(this.houseStylePath);
    if (existing !== null) return existing;
    if (!this.resources) return '';
    // First use: the desk gets the shipped default to edit. An existing file is never overwritten (COPYFILE_EXCL).
    await copyFile(join(this.resources, HOUSE_STYLE_FILE), this.houseStylePath, 1).catch(() => undefined);
    return (await readOrNull(this.houseStylePath)) ?? '';
  }

  async deskWords(): Promise<string[]> {
    return readWordList((await readOrNull(this.deskDictionaryPath)) ?? '');
  }

  /** Adds a word to the desk dictionary (once) and answers the whole list. */
  async addWord(word: string): Promise<string[]> {
    const clean = word.trim().normalize('NFC');
    if (!isDeskWord(clean)) throw new GalleyError('invalid-argument', `“${word.slice(0, 60)}” cannot go in the desk dictionary: it takes one word, without spaces.`);
    return this.#locks.with(`${this.deskDictionaryPath}.lock`, 'the desk dictionary', async () => {
      const text = (await readOrNull(this.deskDictionaryPath)) ?? '# The desk dictionary: words and names the desk accepts, one a line.\n';
      const words = readWordList(text);
      if (words.includes(clean)) return words;
      const next = `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${clean}\n`;
      const temporary = `${this.deskDictionaryPath}.${randomUUID()}.tmp`;
      await writeFile(temporary, next, 'utf8');
      await rename(temporary, this.deskDictionaryPath);
      return [...words, clean];
    });
  }
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new GalleyError('unreadable-file', `Could not read “${path}”: ${(error as Error).message}`);
  }
}
