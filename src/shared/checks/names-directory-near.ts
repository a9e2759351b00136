// A directory name written with one of its words off by a slip of the pen,
// beside the rest of the name as the directory writes it: "Phillipa Stanhope"
// for "Philippa Stanhope", "Rhys ap Gwillym" for "Rhys ap Gwilym". The rest of
// the name standing next to it is what ties the word to the speaker, so the
// slip is flagged even when it is a word or a name in its own right
// ("Matthew" for the directory's "Mathew"), which the spelling check and the
// surname comparison never see.
import { NAME_HONORIFICS, POST_NOMINALS } from '../names';
import { BUILT_IN_RULES, type CheckBlock, type CheckMatch } from './model';
import { isNameSlip } from './names-slip';

/** A speaker as the directory spells them (as names.ts takes them). */
interface Speaker {
  name: string;
  laterReference?: string;
}

/** A capitalised word of a block and where it stands (names.ts finds them). */
interface Word {
  start: number;
  end: number;
  text: string;
}

/** A directory name as capitalised words and what stands between them (" ", " ap "). */
interface Written {
  words: string[];
  gaps: string[];
  whole: string;
}

const HONORIFIC_WORDS = new Set([...Object.keys(NAME_HONORIFICS), 'sgt', 'cpl', 'capt', 'col', 'gen', 'insp', 'det', 'judge', 'sheikh', 'imam']);
const CAPITALISED = /^\p{Lu}/u;
const folded = (word: string): string => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The directory's names of two capitalised words or more, honorifics and letters after the name dropped. */
function writtenNames(directory: readonly Speaker[]): Written[] {
  const out: Written[] = [];
  for (const speaker of directory) {
    for (const name of [speaker.name, speaker.laterReference ?? '']) {
      const tokens = name.replace(/,/gu, ' ').split(/\s+/u).filter(Boolean);
      const bare = (t: string) => t.replace(/\.$/u, '').toLowerCase();
      while (tokens.length && HONORIFIC_WORDS.has(bare(tokens[0]))) tokens.shift();
      while (tokens.length && POST_NOMINALS.has(bare(tokens[tokens.length - 1]))) tokens.pop();
      const words: string[] = [];
      const gaps: string[] = [];
      let between: string[] = [];
      for (const token of tokens) {
        if (!CAPITALISED.test(token)) {
          between.push(token);
          continue;
        }
        if (words.length) gaps.push(` ${[...between, ''].join(' ')}`);
        else if (between.length) break;
        between = [];
        words.push(token);
      }
      if (words.length >= 2) out.push({ words, gaps, whole: tokens.join(' ') });
    }
  }
  return out;
}

/**
 * Matches where a block writes all of a directory name's capitalised words in
 * order, with the directory's spaces and particles between them, every word as
 * the directory spells it but one, and that one a slip of it. Each block's
 * capitalised words come from `names` (names.ts, kept by block).
 */
export function nearDirectoryMatches(blocks: readonly CheckBlock[], names: ReadonlyArray<{ capitalised: readonly Word[] }>, directory: readonly Speaker[]): CheckMatch[] {
  const written = writtenNames(directory);
  const out: CheckMatch[] = [];
  if (written.length === 0) return out;
  // Each name filed under each of its words: a block's word that is none of them opens no look.
  const byWord = new Map<string, Array<{ name: Written; at: number }>>();
  for (const name of written) {
    name.words.forEach((word, at) => {
      let list = byWord.get(word);
      if (!list) byWord.set(word, (list = []));
      list.push({ name, at });
    });
  }
  const wholes = new Set(written.map((w) => w.whole));
  const taken = new Set<string>();
  names.forEach(({ capitalised: words }, block) => {
    const text = blocks[block].text;
    for (let i = 0; i < words.length; i++) {
      for (const { name, at } of byWord.get(words[i].text) ?? []) {
        const first = i - at;
        if (first < 0 || first + name.words.length > words.length) continue;
        let slip = -1;
        let fits = true;
        for (let k = 0; k < name.words.length && fits; k++) {
          const word = words[first + k];
          if (k > 0 && text.slice(words[first + k - 1].end, word.start) !== name.gaps[k - 1]) fits = false;
          else if (word.text === name.words[k]) continue;
          // Only accents or capitals apart: names.ts flags those with its own message.
          else if (folded(word.text) === folded(name.words[k])) fits = false;
          else if (slip < 0 && isNameSlip(word.text, name.words[k])) slip = k;
          else fits = false;
        }
        if (!fits || slip < 0) continue;
        const wrong = words[first + slip];
        const asWritten = text.slice(words[first].start, words[first + name.words.length - 1].end);
        // Written as another speaker's name in full: that speaker, not a slip.
        if (wholes.has(asWritten) || taken.has(`${block}:${wrong.start}`)) continue;
        taken.add(`${block}:${wrong.start}`);
        const right = name.words[slip];
        out.push({
          ruleId: BUILT_IN_RULES.nameDirectory,
          kind: 'names',
          level: 'error',
          message: `The speaker directory spells this name “${name.whole}”, not “${asWritten}”.`,
          block,
          start: wrong.start,
          end: wrong.end,
          text: wrong.text,
          suggestions: [right],
        });
      }
    }
  });
  return out;
}
