// Where the checks' shipped files are on disk for Node (the command line,
// browser mode's server, the tests): the default house style and newsroom
// words in resources/checks, found by walking up from the running code as
// the PDF resources are (GALLEY_RESOURCES wins); the dictionaries where npm
// installed them, beside the built code's node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { SpellingLocale } from '../../shared/settings/model';
import type { DictionaryFiles } from '../../shared/checks/spelling';

const MAX_LEVELS = 6;

/** The folder holding house-style.yaml and newsroom-words.txt as shipped. */
export function findCheckResources(env: NodeJS.ProcessEnv = process.env, from: string = import.meta.dirname): string | null {
  const candidates: string[] = [];
  if (env.GALLEY_RESOURCES) candidates.push(join(resolve(env.GALLEY_RESOURCES), 'checks'));
  let dir = from;
  for (let i = 0; i < MAX_LEVELS; i++) {
    candidates.push(join(dir, 'resources', 'checks'));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return candidates.find((c) => existsSync(join(c, 'house-style.yaml')) && existsSync(join(c, 'newsroom-words.txt'))) ?? null;
}

const PACKAGES: Record<SpellingLocale, string> = { 'en-GB': 'dictionary-en-gb', 'en-US': 'dictionary-en' };

/** The Hunspell files for a locale, read from the installed dictionary package. */
export function readDictionary(locale: SpellingLocale): DictionaryFiles {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve(PACKAGES[locale]));
  return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
}

/** The words the locale's dictionary is named by in messages. */
export const DICTIONARY_NAMES: Record<SpellingLocale, string> = { 'en-GB': 'British English', 'en-US': 'American English' };
