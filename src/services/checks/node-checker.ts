// The checks set up in Node, as the command line runs them: the locale's
// dictionary from its package, the starter newsroom words and the default
// house style from resources/checks, or the library's own files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checker } from '../../shared/checks/engine';
import { loadHouseStyle, type HouseStyle } from '../../shared/checks/house-style';
import type { DirectoryName } from '../../shared/checks/names';
import { Speller } from '../../shared/checks/spelling';
import { readWordList } from '../../shared/checks/word-list';
import type { SpellingLocale } from '../../shared/settings/model';
import { DICTIONARY_NAMES, findCheckResources, readDictionary } from './resources';

export interface NodeCheckOptions {
  locale: SpellingLocale;
  /** The rules file's text; the shipped default when absent. */
  houseStyle?: string;
  deskWords?: readonly string[];
  directory?: readonly DirectoryName[];
  leaveQuotesAsSpoken?: boolean;
}

/** The shipped default rules file, or an empty one when resources cannot be found. */
export function defaultHouseStyleText(): string {
  const dir = findCheckResources();
  return dir ? readFileSync(join(dir, 'house-style.yaml'), 'utf8') : '';
}

export function newsroomWords(): string[] {
  const dir = findCheckResources();
  return dir ? readWordList(readFileSync(join(dir, 'newsroom-words.txt'), 'utf8')) : [];
}

/** A checker and the house style it runs. */
export function nodeChecker(options: NodeCheckOptions): { checker: Checker; houseStyle: HouseStyle } {
  const houseStyle = loadHouseStyle(options.houseStyle ?? defaultHouseStyleText());
  const speller = new Speller(readDictionary(options.locale), [...newsroomWords(), ...houseStyle.words, ...(options.deskWords ?? [])]);
  const checker = new Checker({
    speller,
    dictionaryName: DICTIONARY_NAMES[options.locale],
    rules: houseStyle.rules,
    directory: options.directory ?? [],
    leaveQuotesAsSpoken: options.leaveQuotesAsSpoken ?? true,
    clock: () => performance.now(),
  });
  return { checker, houseStyle };
}
