// Swap lists and preferred spellings matched as a sub reads them, word by
// word: each phrase is filed under its first word, and a block is searched
// once, for every rule's first words together (one alternation, so the
// regular-expression engine does the walking); only where a word opens a
// listed phrase is the phrase itself tried, by a small anchored pattern. The
// result is what each rule's own alternation, run left to right, would find.
import { letterOrFigureAt } from './chars';

/** One listed phrase, and what to offer when it is found. */
export interface Phrase {
  /** The phrase as listed: it is filed under its first word. */
  phrase: string;
  /** Which list it belongs to: a list's matches never overlap, as one alternation's would not. */
  list: number;
  /** Anchored (sticky) pattern for the phrase, with the word boundary after it. */
  pattern: RegExp;
  /** Its length as listed: longer phrases are tried first. */
  length: number;
  /** The suggestion for what was written, or null when what was written is already right (found, but no match). */
  suggest(written: string): string | null;
}

/** A phrase found: its list, where, what was written and the suggestion. */
export interface PhraseHit {
  list: number;
  start: number;
  end: number;
  text: string;
  suggestion: string;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The phrase's first word, folded to lower case, or null when it does not open with a letter or figure. */
export function firstWord(phrase: string): string | null {
  if (phrase === '' || !letterOrFigureAt(phrase, 0)) return null;
  let end = 0;
  for (let step = letterOrFigureAt(phrase, 0); step; step = letterOrFigureAt(phrase, end)) end += step;
  return phrase.slice(0, end).toLowerCase();
}

/** Phrases filed by first word, for one walk over a block. */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, Phrase[]>();
  private lists = 0;
  private firstWords: RegExp | null = null;

  /** Files a phrase; false when it cannot be filed (it does not open with a letter or figure). */
  add(entry: Phrase): boolean {
    const key = firstWord(entry.phrase);
    if (key === null) return false;
    let filed = this.byFirstWord.get(key);
    if (!filed) this.byFirstWord.set(key, (filed = []));
    filed.push(entry);
    // Lists in order; within a list the longest phrase first, as the alternation tries them.
    filed.sort((a, b) => a.list - b.list || b.length - a.length);
    this.firstWords = null;
    this.lists = Math.max(this.lists, entry.list + 1);
    return true;
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** Every phrase found in `text`, in order of place. */
  scan(text: string): PhraseHit[] {
    const out: PhraseHit[] = [];
    if (this.byFirstWord.size === 0) return out;
    // The first words as one alternation, found by the regular-expression engine's own scan:
    // far quicker than looking up every word of the story.
    this.firstWords ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...this.byFirstWord.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const firstWords = this.firstWords;
    const listEnds = new Array<number>(this.lists).fill(0);
    firstWords.lastIndex = 0;
    for (let w = firstWords.exec(text); w; w = firstWords.exec(text)) {
      const start = w.index;
      const filed = this.byFirstWord.get(w[0].toLowerCase());
      if (!filed) continue;
      let tried = -1;
      for (const phrase of filed) {
        if (phrase.list === tried || start < listEnds[phrase.list]) continue;
        phrase.pattern.lastIndex = start;
        const m = phrase.pattern.exec(text);
        if (!m) continue;
        tried = phrase.list;
        listEnds[phrase.list] = start + m[0].length;
        const suggestion = phrase.suggest(m[0]);
        if (suggestion !== null) out.push({ list: phrase.list, start, end: start + m[0].length, text: m[0], suggestion });
      }
    }
    return out;
  }
}
