// Titles, mottoes and phrases in another language inside English copy: a
// film "El silencio del mar", a song "La vida sigue igual", a motto "Ordem e
// progresso". Several words no English dictionary holds, tied together by
// that language's small words (de, la, del, y, et, du, il, und …), starting
// with a capital: a foreign phrase, whose words are not misspellings. A lone
// English slip beside a foreign name ("the Orquesta del Sur performd") is
// tied to nothing and keeps its flag, as do two English slips side by side,
// which no foreign small word ties.
import type { CheckMatch } from './model';

/** Small words of other languages that tie a phrase together; none is an everyday English word, nor a common slip of one ("Im" for "I'm"). */
const TIES = new Set([
  'de', 'del', 'della', 'dei', 'degli', 'delle', 'la', 'las', 'los', 'le', 'les', 'el', 'y', 'e', 'è', 'et', 'du', 'des', 'il', 'di', 'da', 'dal', 'dos', 'das',
  'och', 'und', 'der', 'den', 'het', 'een', 'van', 'von', 'zu', 'au', 'aux', 'sur', 'en', 'con', 'por', 'para', 'que', 'qui', 'un', 'una', 'une', 'uno', 'um', 'uma',
  'com', 'em', 'na', 'nas', 'nos', 'mit', 'på', 'av', 'og', 'med', 'ja', 'gli', 'nel', 'sul', 'pour', 'dans', 'avec', 'ist', 'est', 'es', 'o',
]);
// Words and the gaps between them: a phrase runs over single spaces only, and stops at any mark.
const WORD = /\p{L}[\p{L}\p{M}'’‐‑-]*/gu;
const LETTER_BEYOND = /[\u00c0-\u024f\u1e00-\u1eff]/u;
const CAPITAL = /^\p{Lu}/u;

/** A word of the block as the phrase finder sees it. */
interface PhraseWord {
  start: number;
  end: number;
  /** An unknown word's spelling match, if it has one. */
  match: number;
  tie: boolean;
  /** No English dictionary holds it: it has a spelling match or a letter English lacks. */
  foreign: boolean;
}

/**
 * The spelling errors of `matches` (one block's, in order) that stand in a foreign phrase of `text`.
 * Called only for a block with an error in it.
 */
export function inForeignPhrases(text: string, matches: readonly CheckMatch[]): Set<number> {
  const dropped = new Set<number>();
  const byStart = new Map<number, number>();
  matches.forEach((m, i) => byStart.set(m.start, i));
  let group: PhraseWord[] = [];
  let lastEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); ; m = WORD.exec(text)) {
    // A gap other than one space closes the group of words before it.
    if (!m || (lastEnd >= 0 && text.slice(lastEnd, m.index) !== ' ')) {
      settleGroup(text, group, matches, dropped);
      group = [];
    }
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    const match = byStart.get(start) ?? -1;
    const word = m[0];
    const tie = TIES.has(word.toLowerCase());
    group.push({ start, end, match, tie, foreign: match >= 0 || LETTER_BEYOND.test(word) });
    lastEnd = end;
  }
  return dropped;
}

/** Finds the foreign phrases in one group of words joined by single spaces, and marks their errors. */
function settleGroup(text: string, group: PhraseWord[], matches: readonly CheckMatch[], dropped: Set<number>): void {
  let i = 0;
  while (i < group.length) {
    // A phrase: a run of foreign words and ties, opening with a capital.
    if (!(group[i].foreign || group[i].tie) || !CAPITAL.test(text.slice(group[i].start, group[i].end))) {
      i++;
      continue;
    }
    let j = i;
    while (j < group.length && (group[j].foreign || group[j].tie)) j++;
    const run = group.slice(i, j);
    const foreign = run.filter((w) => w.foreign && !w.tie).length + run.filter((w) => w.tie && w.match >= 0).length;
    // A tie between words, not only the capital opening them: "El silencio", "Ordem e progresso".
    if (foreign >= 2 && run.some((w) => w.tie)) {
      // A small word is foreign only where a tie joins it to the capital before it: not "Nación recieved".
      const capital = (w: PhraseWord) => CAPITAL.test(text.slice(w.start, w.end));
      for (let k = 0, l = 1; k < run.length; k = l, l = k + 1) {
        // A segment: one capital word, then the small words after it.
        while (l < run.length && !capital(run[l])) l++;
        const segment = run.slice(k, l);
        // Tied by a small tie ("Ordem e progresso"), or after a capital one by two foreign words at least ("La vida sigue"):
        // a name that happens to be a tie ("Sur") before one English slip is no phrase.
        const tied = segment.some((w) => w.tie && !capital(w)) || (segment[0].tie && segment.filter((w) => w.foreign && !w.tie).length >= 2);
        for (const w of segment) if (w.match >= 0 && matches[w.match].level === 'error' && (tied || capital(w))) dropped.add(w.match);
      }
    }
    i = j;
  }
}
