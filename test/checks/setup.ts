// The real shipped parts the checks run on: the dictionaries as installed,
// the default house style and the starter newsroom word list. Loaded once per
// test file (en-GB takes about a third of a second).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Checker, type CheckerSetup } from '../../src/shared/checks/engine';
import { loadHouseStyle, type HouseStyle } from '../../src/shared/checks/house-style';
import type { CheckBlock } from '../../src/shared/checks/model';
import { Speller, type DictionaryFiles } from '../../src/shared/checks/spelling';
import { readWordList } from '../../src/shared/checks/word-list';

const require = createRequire(import.meta.url);

export function dictionaryFiles(locale: 'en-GB' | 'en-US'): DictionaryFiles {
  const dir = dirname(require.resolve(locale === 'en-GB' ? 'dictionary-en-gb' : 'dictionary-en'));
  return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
}

export const DEFAULT_RULES_TEXT = readFileSync('resources/checks/house-style.yaml', 'utf8');
export const NEWSROOM_WORDS = readWordList(readFileSync('resources/checks/newsroom-words.txt', 'utf8'));

let gb: DictionaryFiles | null = null;

/** A checker as Galley sets it up by default: en-GB, the default house style, the newsroom words. */
export function defaultChecker(options: Partial<CheckerSetup> & { houseStyle?: HouseStyle; deskWords?: string[] } = {}): Checker {
  gb ??= dictionaryFiles('en-GB');
  const houseStyle = options.houseStyle ?? loadHouseStyle(DEFAULT_RULES_TEXT);
  const speller = new Speller(gb, [...NEWSROOM_WORDS, ...houseStyle.words, ...(options.deskWords ?? [])]);
  return new Checker({ speller, dictionaryName: 'British English', rules: houseStyle.rules, directory: [], leaveQuotesAsSpoken: true, ...options });
}

export const body = (...paragraphs: string[]): CheckBlock[] => paragraphs.map((text) => ({ field: 'body', text }));
