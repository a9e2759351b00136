// The spelling check: nspell over the SCOWL-based Hunspell dictionaries
// (dictionary-en-gb, dictionary-en), read by the caller from wherever they
// are shipped (resources in the worker, node_modules for the command line),
// so this module stays pure. Words the desk accepts — the starter newsroom
// list, the desk dictionary, the house style's word lists, speakers' names —
// are added on top. Answers are cached per word: a story repeats itself.
import nspell from 'nspell';
import { letterEdits } from '../names';
import { AcceptedPhrases } from './accepted-phrases';
import { capitalsLeftAlone } from './spelling-capitals';
import { isClosedCompound } from './spelling-compounds';
import { foreignByLetters } from './foreign-letters';
import { isTechnicalTerm } from './technical-terms';

/** A Hunspell dictionary as its two files' text. */
export interface DictionaryFiles {
  aff: string;
  dic: string;
}

const CURLY = /[‘’ʼ]/gu;
const ACRONYM = /^\p{Lu}{2,5}$/u;
const ACRONYM_PLURAL = /^\p{Lu}{2,5}['’]?s$/u;
// A capital after a small letter inside a word: a brand or a name ("iPhone", "McDonald", "YouTube").
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const POSSESSIVE = /^(.+?)(?:['’]s|s['’]|['’])$/u;
const MAX_SUGGESTIONS = 5;

/** A spelling dictionary with the desk's own words on top. */
export class Speller {
  private readonly checker: ReturnType<typeof nspell>;
  /** Accepted words: exact forms, and lower-case forms of words accepted in any case. */
  private readonly accepted = new Set<string>();
  private readonly known = new Map<string, boolean>();
  private readonly suggested = new Map<string, string[]>();
  /** Accepted phrases ("prima facie"): their words are known only inside them. */
  private readonly phrases = new AcceptedPhrases();
  /** Goes up each time the accepted words change, so answers kept elsewhere know to go. */
  generation = 0;

  constructor(dictionary: DictionaryFiles, words: Iterable<string> = []) {
    this.checker = nspell(dictionary.aff, dictionary.dic);
    this.addWords(words);
  }

  /**
   * Words the desk accepts. A word written in small letters is accepted in
   * any case ("lockdown", "Lockdown", "LOCKDOWN"); one with capitals as
   * written, or in capitals throughout ("Covid", "COVID").
   */
  addWords(words: Iterable<string>): void {
    for (const raw of words) {
      const word = raw.trim().replace(CURLY, "'");
      if (!word) continue;
      if (/\s/u.test(word)) {
        this.phrases.add(word);
        continue;
      }
      this.accepted.add(word);
      this.accepted.add(word.toLocaleUpperCase());
      if (word === word.toLocaleLowerCase()) {
        this.accepted.add(word[0].toLocaleUpperCase() + word.slice(1));
      }
      this.checker.add(word);
    }
    this.forget();
  }

  /** Drops every answer kept: after words are added, or to time a story as if its words were new. */
  forget(): void {
    this.known.clear();
    this.suggested.clear();
    this.generation++;
  }

  /** Whether a sub would leave `word` alone: known, the desk's, an acronym, a possessive or compound of known words. */
  isKnown(word: string): boolean {
    let answer = this.known.get(word);
    if (answer === undefined) {
      answer = this.judge(word.replace(CURLY, "'"), 0);
      this.known.set(word, answer);
    }
    return answer;
  }

  /**
   * isKnown for a word of one run of plain ASCII letters (so no curly apostrophe to straighten),
   * answered afresh and not kept here: the caller keeps its own answers by the word's hash
   * (verdicts.ts), and a second table of every word of a story would only cost its upkeep.
   */
  isKnownPlain(word: string): boolean {
    return this.judge(word, 0);
  }

  /** Whether the unknown word at [start, end) of `text` is known there, as a word of an accepted phrase ("facie" in "prima facie"). */
  inPhrase(text: string, start: number, end: number): boolean {
    return this.phrases.size > 0 && this.phrases.covers(text, start, end);
  }

  /** Whether the dictionary or the desk knows `word` exactly as written, with none of isKnown's allowances. */
  inDictionary(word: string): boolean {
    return this.accepted.has(word) || this.checker.correct(word);
  }

  /** Spellings to offer for an unknown word, nearest first. */
  suggest(word: string): string[] {
    let out = this.suggested.get(word);
    if (out === undefined) {
      const plain = word.replace(CURLY, "'");
      const found = this.checker.suggest(plain);
      out = found
        .map((s, i) => ({ s, i, d: letterEdits(plain.toLowerCase(), s.toLowerCase()) }))
        .sort((a, b) => a.d - b.d || a.i - b.i)
        .slice(0, MAX_SUGGESTIONS)
        .map(({ s }) => (word.includes('’') ? s.replace(/'/gu, '’') : s));
      this.suggested.set(word, out);
    }
    return out;
  }

  private judge(word: string, depth: number): boolean {
    if (this.accepted.has(word) || this.checker.correct(word)) return true;
    if (this.accepted.has(word.toLocaleLowerCase())) return true;
    if (ACRONYM.test(word) || ACRONYM_PLURAL.test(word) || INNER_CAPITAL.test(word)) return true;
    if (depth > 1) return false;
    const possessive = POSSESSIVE.exec(word);
    if (possessive && this.judge(possessive[1], depth + 1)) return true;
    if (/[-‐‑]/u.test(word)) return word.split(/[-‐‑]/u).every((part) => part.length < 2 || this.judge(part, depth + 1));
    // Unknown words only, so rare: a compound of known words ("kitesurfers"), or capitals no English word is a slip from.
    const knows = (w: string) => this.inDictionary(w);
    // Also a word with letters English lacks ("Łódź"), or a long term of medicine or biology ("histoplasmosis").
    return isClosedCompound(word, knows) || capitalsLeftAlone(word, knows) || foreignByLetters(word, knows) || isTechnicalTerm(word, knows);
  }
}
