// The spelling check's answers, kept by the hash of a word's run (scan.ts):
// a story repeats its words, and most of them are known, so a known word is
// found here without being cut out of the copy or looked up by its text.
import { sameAt } from './scan';
import type { Speller } from './spelling';

interface Verdict {
  word: string;
  known: boolean;
  /** Another word filed under the same hash. */
  next: Verdict | null;
}

/** Cap on words kept: a long session's words are forgotten rather than kept without end. */
const LIMIT = 100_000;

export class Verdicts {
  private readonly byHash = new Map<number, Verdict>();
  private count = 0;
  private generation = -1;

  /** Whether the speller knows text[start, end), a word of one plain run hashed as `hash`. */
  judge(text: string, start: number, end: number, hash: number, speller: Speller): boolean {
    // Words the speller accepts change when the desk adds one: answers from before are dropped.
    if (speller.generation !== this.generation) {
      this.clear();
      this.generation = speller.generation;
    }
    const length = end - start;
    const filed = this.byHash.get(hash);
    for (let v: Verdict | null | undefined = filed; v; v = v.next) if (v.word.length === length && sameAt(text, start, v.word)) return v.known;
    const word = text.slice(start, end);
    const known = speller.isKnown(word);
    let next = filed ?? null;
    if (this.count >= LIMIT) {
      this.clear();
      next = null;
    }
    this.count++;
    this.byHash.set(hash, { word, known, next });
    return known;
  }

  clear(): void {
    this.byHash.clear();
    this.count = 0;
  }
}
