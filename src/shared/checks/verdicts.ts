// The spelling check's answers, kept by the hash of a word's run (scan.ts):
// a story repeats its words, and most of them are known, so a known word is
// found here without being cut out of the copy or looked up by its text.
// The table is open addressing over typed arrays: every word of a story is
// looked up here, and reading two arrays costs less than a Map's look-up.
import { sameAt } from './scan';
import type { Speller } from './spelling';

/** Cap on words kept: a long session's words are forgotten rather than kept without end. */
const LIMIT = 100_000;
const FIRST_SLOTS = 1 << 12;

export class Verdicts {
  /** Per slot: 1 + the entry filed there, or 0 when empty. */
  private slots = new Int32Array(FIRST_SLOTS);
  private hashes: number[] = [];
  private words: string[] = [];
  private known: boolean[] = [];
  private generation = -1;

  /** Whether the speller knows text[start, end), a word of one plain run hashed as `hash`. */
  judge(text: string, start: number, end: number, hash: number, speller: Speller): boolean {
    // Words the speller accepts change when the desk adds one: answers from before are dropped.
    if (speller.generation !== this.generation) {
      this.clear();
      this.generation = speller.generation;
    }
    const length = end - start;
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = hash & mask;
    for (let e = slots[i]; e !== 0; e = slots[i]) {
      const word = this.words[e - 1];
      if (this.hashes[e - 1] === hash && word.length === length && sameAt(text, start, word)) return this.known[e - 1];
      i = (i + 1) & mask;
    }
    const word = text.slice(start, end);
    const known = speller.isKnownPlain(word);
    if (this.words.length >= LIMIT) this.clear();
    this.file(hash, word, known);
    return known;
  }

  clear(): void {
    if (this.words.length === 0) return;
    this.slots = new Int32Array(FIRST_SLOTS);
    this.hashes = [];
    this.words = [];
    this.known = [];
  }

  private file(hash: number, word: string, known: boolean): void {
    this.hashes.push(hash);
    this.words.push(word);
    this.known.push(known);
    // Kept at most half full, so a miss ends at an empty slot soon.
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let e = 0; e < this.words.length; e++) this.place(this.hashes[e], e + 1);
    } else this.place(hash, this.words.length);
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = entry;
  }
}
