// Swap lists and preferred spellings matched as a sub reads them, word by
// word: each phrase is filed under its first word, and a block's runs of
// letters and figures (from the one walk every check shares, scan.ts) are
// looked up by hash, for every rule's first words together; only where a
// word opens a listed phrase is the phrase itself tried, by a small anchored
// pattern. The
// result is what each rule's own alternation, run left to right, would find.
import { letterOrFigureAt } from './chars';
import { foldedHash, RUN_MARKS, RUN_WIDE, sameFolded, scanBlock, type BlockScan } from './scan';

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

/** The phrase's first word, folded to lower case, or null when it does not open with a letter or figure. */
export function firstWord(phrase: string): string | null {
  if (phrase === '' || !letterOrFigureAt(phrase, 0)) return null;
  let end = 0;
  for (let step = letterOrFigureAt(phrase, 0); step; step = letterOrFigureAt(phrase, end)) end += step;
  return phrase.slice(0, end).toLowerCase();
}

/** No phrase found (most blocks): one shared answer, never added to. */
const NO_HITS: readonly PhraseHit[] = Object.freeze([]);

const HASH_FILTER_SIZE = 1 << 16;
const HASH_FILTER_MASK = HASH_FILTER_SIZE - 1;

/** Phrases filed by first word, for one walk over a block. */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, Phrase[]>();
  private lists = 0;
  private byHash: Map<number, string[]> | null = null;
  /** One byte per low 16 bits of a filed first word's hash: most runs are no first word, and a byte read says so sooner than a Map. */
  private maybe = new Uint8Array(HASH_FILTER_SIZE);
  /**
   * Per list: where its last hit ends, counted from the first block this index read. Each block
   * read moves `base` past itself, so an end from an earlier block is behind every run of this one
   * and the table is never cleared: an array a block was a third of all a check allocated.
   */
  private listEnds = new Float64Array(0);
  private base = 0;

  /** Files a phrase; false when it cannot be filed (it does not open with a letter or figure). */
  add(entry: Phrase): boolean {
    const key = firstWord(entry.phrase);
    if (key === null) return false;
    let filed = this.byFirstWord.get(key);
    if (!filed) this.byFirstWord.set(key, (filed = []));
    filed.push(entry);
    // Lists in order; within a list the longest phrase first, as the alternation tries them.
    filed.sort((a, b) => a.list - b.list || b.length - a.length);
    this.byHash = null;
    this.lists = Math.max(this.lists, entry.list + 1);
    return true;
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** Every phrase found in `text`, in order of place. */
  scan(text: string): readonly PhraseHit[] {
    return this.scanRuns(text, scanBlock(text));
  }

  /**
   * scan over a block already walked: each run of letters and figures is a
   * possible first word, found by the hash of its folded characters (most
   * runs are no listed first word, and cost one lookup of a number).
   */
  scanRuns(text: string, scan: BlockScan): readonly PhraseHit[] {
    // Made at the block's first hit: most blocks have none, and share one empty answer.
    let out: PhraseHit[] | null = null;
    if (this.byFirstWord.size === 0) return NO_HITS;
    const byHash = this.hashed();
    const maybe = this.maybe;
    if (this.listEnds.length < this.lists) this.listEnds = new Float64Array(this.lists);
    const listEnds = this.listEnds;
    const base = this.base;
    this.base += text.length + 1;
    const { runs, facts, hashes } = scan;
    for (let r = 0; r < scan.count; r++) {
      const fact = facts[r];
      if (fact & RUN_MARKS) continue;
      const start = runs[2 * r];
      const end = runs[2 * r + 1];
      let filed: Phrase[] | undefined;
      if ((fact & RUN_WIDE) === 0) {
        const hash = hashes[r];
        if (maybe[hash & HASH_FILTER_MASK] === 0) continue;
        const keys = byHash.get(hash);
        if (!keys) continue;
        let key: string | undefined;
        for (const k of keys)
          if (k.length === end - start && sameFolded(text, start, k)) {
            key = k;
            break;
          }
        if (key === undefined) continue;
        filed = this.byFirstWord.get(key);
      } else filed = this.byFirstWord.get(text.slice(start, end).toLowerCase());
      if (!filed) continue;
      let tried = -1;
      for (const phrase of filed) {
        if (phrase.list === tried || base + start < listEnds[phrase.list]) continue;
        phrase.pattern.lastIndex = start;
        const m = phrase.pattern.exec(text);
        if (!m) continue;
        tried = phrase.list;
        listEnds[phrase.list] = base + start + m[0].length;
        const suggestion = phrase.suggest(m[0]);
        if (suggestion !== null) (out ??= []).push({ list: phrase.list, start, end: start + m[0].length, text: m[0], suggestion });
      }
    }
    return out ?? NO_HITS;
  }

  /** The first words filed by the hash a run of plain ASCII is looked up by. */
  private hashed(): Map<number, string[]> {
    if (!this.byHash) {
      this.byHash = new Map();
      this.maybe.fill(0);
      for (const key of this.byFirstWord.keys()) {
        const h = foldedHash(key);
        this.maybe[h & HASH_FILTER_MASK] = 1;
        const keys = this.byHash.get(h);
        if (keys) keys.push(key);
        else this.byHash.set(h, [key]);
      }
    }
    return this.byHash;
  }
}
