// The spelling check over a block's words, from the walk every check shares
// (scan.ts): a known word is found by its run's hash (verdicts.ts), and an
// unknown one is called a misspelling, a name (advice) or half of a species
// name. One walker serves every block of a check: its visitor is made once
// and its state kept in fields, since a closure or two made per block were a
// good part of all a cold check allocated.
import { BUILT_IN_RULES, type CheckMatch } from './model';
import { RUN_WIDE, type BlockScan } from './scan';
import { isBinomial, latinReading } from './species';
import type { Speller } from './spelling';
import { eachWord } from './tokens';
import { inForeignPhrases } from './foreign-phrases';
import { glossedTerm } from './glossed-terms';
import { elidedName, particleInName, particlesThenName } from './name-particles';
import type { Verdicts } from './verdicts';

/** How a name starts: a capital, perhaps an apostrophe and a second capital (O’Sullivan), then a small letter. */
const NAME_SHAPE = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u;
// Initials ("A. J. ", "R.S. ") or an honorific, with or without its stop, just before a word.
const INITIALS_OR_TITLE_BEFORE = /(?:(?:^|[^\p{L}\p{N}])(?:\p{Lu}\.\s?){1,3}|(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Cllr|Sgt|Capt|Col|Gen|Insp|Det|Judge|Sheikh|Imam)\.?)\s+$/u;
// One capital initial and its stop just before a word: "E. ", "C. ".
const AFTER_ONE_INITIAL = /(?:^|[^\p{L}\p{N}.])\p{Lu}\.\s$/u;

/** Whether the word at `start` follows initials or an honorific: it is then a surname. */
function afterInitialsOrTitle(text: string, start: number): boolean {
  return INITIALS_OR_TITLE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

const latinMessage = (latin: string): string => `“${latin}” reads as Latin (a species name or a Latin plural): check how it is spelt, then add it to the desk dictionary.`;

const speciesMessage = (name: string): string => `“${name}” reads as a species name: check how it is spelt, then add it to the desk dictionary.`;

/** The message for a capitalised word no dictionary holds. */
export const nameMessage = (word: string): string => `“${word}” is not in the dictionary: if it is a name, check how it is spelt, then add it to the desk dictionary.`;

/** How far apart two words of a foreign phrase may stand: a tie or two between them ("silencio del mar"). */
const PHRASE_GAP = 12;

/** Whether two unknown words, one of them an error, stand close enough to be one phrase: most blocks' unknown words are far apart. */
function twoUnknownsClose(found: readonly CheckMatch[]): boolean {
  for (let i = 1; i < found.length; i++) {
    if (found[i].start - found[i - 1].end <= PHRASE_GAP && (found[i].level === 'error' || found[i - 1].level === 'error')) return true;
  }
  return false;
}

/** No spelling match in a block (most blocks): shared, and never added to. */
export const NO_MATCHES: readonly CheckMatch[] = Object.freeze([]);

/** Walks blocks' words for the spelling check, one block after another. */
export class SpellingWalk {
  private text = '';
  private scan: BlockScan | null = null;
  private out: CheckMatch[] | null = null;
  // Most words are known and leave nothing behind; an unknown word waits for the next word, which says whether it opens a name.
  private pendingStart = -1;
  private pendingEnd = -1;
  private pendingOpens = false;

  constructor(
    private readonly speller: Speller,
    private readonly verdicts: Verdicts,
    /** The locale named in messages, e.g. "British English". */
    private readonly dictionaryName: string,
  ) {}

  /** The spelling matches in `text`, walked as `scan` (each numbered block 0); NO_MATCHES when there are none. */
  matches(text: string, scan: BlockScan): readonly CheckMatch[] {
    this.text = text;
    this.scan = scan;
    this.out = null;
    this.pendingStart = -1;
    eachWord(text, scan, this.visit);
    if (this.pendingStart >= 0) this.settle(-1, -1);
    // Two unknown words or more may be a phrase in another language ("El silencio del mar"): its words are no misspellings.
    // (Read through a cast: the compiler cannot see that settle fills this.out.)
    let out = this.out as CheckMatch[] | null;
    if (out !== null && out.length > 1 && twoUnknownsClose(out)) {
      const foreign = inForeignPhrases(text, out);
      if (foreign.size) out = out.filter((_, i) => !foreign.has(i));
    }
    this.out = null;
    this.scan = null;
    return out ?? NO_MATCHES;
  }

  private readonly visit = (start: number, end: number, sentenceStart: boolean, firstRun: number, lastRun: number): void => {
    if (this.pendingStart >= 0) this.settle(start, end);
    const { text, speller } = this;
    const scan = this.scan!;
    const known = firstRun === lastRun && (scan.facts[firstRun] & RUN_WIDE) === 0 ? this.verdicts.judge(text, start, end, scan.hashes[firstRun], speller) : speller.isKnown(text.slice(start, end));
    if (known || speller.inPhrase(text, start, end)) return;
    this.pendingStart = start;
    this.pendingEnd = end;
    this.pendingOpens = sentenceStart;
  };

  private settle(nextStart: number, nextEnd: number): void {
    const { text, pendingStart, pendingEnd } = this;
    const word = text.slice(pendingStart, pendingEnd);
    this.pendingStart = -1;
    const knows = (w: string) => this.speller.inDictionary(w);
    // A particle inside a name ("Banco de la Nación"), or a foreign term glossed where it stands ("a minga, the communal work day").
    if (particleInName(text, pendingStart, pendingEnd) || (!NAME_SHAPE.test(word) && glossedTerm(text, pendingStart, pendingEnd, knows))) return;
    // A capital then small letters ("Qazi", "O’Sullivan", "McLeod"), or behind an elided particle ("d’Ivoire"); a word in capitals throughout is shouted, not a name.
    const capital = NAME_SHAPE.test(word) || elidedName(word);
    const out = (this.out ??= []);
    // A capitalised word inside a sentence is a name, and so is one opening it before another ("Imdad Qazi said");
    // otherwise, at a sentence start, the checker's settleSentenceStarts decides.
    // So is one before particles and a name ("Universidade do Porto").
    const beforeAName = (nextStart >= 0 && NAME_SHAPE.test(text.slice(nextStart, nextEnd)) && text.slice(pendingEnd, nextStart) === ' ') || particlesThenName(text, pendingEnd);
    // After initials or an honorific ("A. J. Ayer", "Dr Qwazi") a capitalised word is a surname, even where a stop seems to open a sentence.
    const name = capital && (!this.pendingOpens || beforeAName || afterInitialsOrTitle(text, pendingStart));
    // A small word after a capital initial is the second half of a species name ("E. coli", "C. difficile"), which no word list holds.
    const species = !capital && AFTER_ONE_INITIAL.test(text.slice(Math.max(0, pendingStart - 4), pendingStart));
    // A small Latin word after an unknown capitalised one is a binomial ("Sciurus vulgaris"): both words are advice.
    const genus = capital ? undefined : out[out.length - 1];
    const binomial = genus !== undefined && genus.end + 1 === pendingStart && text.charCodeAt(genus.end) === 0x20 && isBinomial(genus.text, word);
    if (binomial) out[out.length - 1] = { ...genus, ruleId: BUILT_IN_RULES.spellingSpecies, level: 'advice', message: speciesMessage(`${genus.text} ${word}`) };
    // Latin no list holds: a binomial whose genus is English ("Lynx pardinus"), a Latin plural ("denarii").
    const latin = capital || species || binomial ? null : latinReading(text, pendingStart, word, knows);
    out.push({
      ruleId: species || binomial || latin ? BUILT_IN_RULES.spellingSpecies : name ? BUILT_IN_RULES.spellingName : BUILT_IN_RULES.spelling,
      kind: 'spelling',
      level: name || species || binomial || latin ? 'advice' : 'error',
      message: latin ? latinMessage(latin) : binomial ? speciesMessage(`${genus.text} ${word}`) : species ? speciesMessage(text.slice(pendingStart - 3, pendingEnd).trim()) : name ? nameMessage(word) : `“${word}” is not in the ${this.dictionaryName} dictionary or the desk’s.`,
      block: 0,
      start: pendingStart,
      end: pendingEnd,
      text: word,
      // Worked out only when wanted (Checker.suggestionsFor): nspell's suggest costs a millisecond or more a word.
      suggestions: [],
    });
  }
}
