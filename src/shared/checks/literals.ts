// A cheap look before a pattern rule runs: the pieces of plain text any
// match must contain ("%" for per cent, "iz" for the -ize spellings, one of
// "Mr", "Mrs", "Dr"… for titles with a stop). When a block holds none of one
// piece's forms, the rule cannot fire there and its regular expression is not
// run; one scan for a piece's forms finds a missing piece in a long story
// far sooner than the pattern could, and its answer is shared by every rule
// that asks for the same piece. Anything the reader below is unsure of yields no piece, so
// the look never hides a match: it only ever says "run it" or "cannot match".
//
// A story checked whole is one long text that every rule looks at, and most looks find nothing
// in it, each only after a pass of its own. So the story is read once, up front, into a table of
// the pairs of characters it holds (pairs.ts): a look none of whose forms has all its pairs there
// cannot find anything, and is answered without its pass.

import { CharacterPairs } from './pairs';

/** One required piece: a match contains at least one of these strings. */
type Factor = string[];

interface Piece {
  /** Every string the piece can match, when it is a short finite list; null otherwise. */
  exact: string[] | null;
  /** Pieces every match must contain. */
  factors: Factor[];
}

/** Cap on how many strings a piece may stand for before it is no longer listed. */
const CAP = 32;
/** A factor with more forms than this costs more to look for than it saves. */
const MAX_FORMS = 16;
const MAX_FACTORS = 3;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const NOTHING: Piece = { exact: null, factors: [] };

class Unsure extends Error {}

/**
 * A test that answers false only when `text` cannot hold a match of the
 * pattern. `ignoreCase` as the pattern is compiled (with the `u` flag).
 */
export function literalPrefilter(source: string, ignoreCase: boolean): (text: string) => boolean {
  let factors: Factor[];
  try {
    const reader = new Reader(source, ignoreCase);
    const piece = reader.alternation();
    if (reader.at < source.length) return always;
    factors = piece.exact ? [piece.exact] : piece.factors;
  } catch {
    return always;
  }
  const usable = factors
    .filter((f) => f.length > 0 && f.length <= MAX_FORMS && f.every((s) => s !== '' && (!ignoreCase || /^[\x20-\x7e]+$/u.test(s))))
    .sort((a, b) => a.length - b.length || shortest(b) - shortest(a))
    .slice(0, MAX_FACTORS);
  if (usable.length === 0) return always;
  // Each piece is one look: its forms as one alternation the regular-expression engine scans for
  // (with ignore-case, as the pattern itself folds case, long s and Kelvin sign included).
  const looks = usable.map((forms) => lookFor(forms, ignoreCase));
  return (text) => looks.every((look) => mayHold(look, text));
}

/** A look for one piece: the pattern that finds any of its forms, and the forms, for the pair table. */
export interface Look {
  pattern: RegExp;
  forms: readonly string[];
  /** Whether the forms are looked for as written (then the table's runs of three as written can rule them out too). */
  caseSensitive: boolean;
}



const always = (): boolean => true;
const shortest = (forms: Factor): number => Math.min(...forms.map((s) => s.length));
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// Every rule looks at the same story text in turn, and many ask for the same piece (a figure):
// one look per piece, and each look's answer kept for the story, and for the block last looked at.
const looksByForms = new Map<string, Look>();
/** The story given to lookAt, its pairs of characters, and the looks' answers in it. */
let story: string | null = null;
const storyPairs = new CharacterPairs();
const storyAnswers = new Map<Look, boolean>();
/** Any other text (one block, for rules run block by block), and the answers in it. */
let lastText = '';
const answers = new Map<Look, boolean>();

/**
 * The one look for a piece, any of `forms` (as written, or in any case): rules asking for the same
 * piece share it, and so share its answer.
 */
export function lookFor(forms: readonly string[], ignoreCase: boolean): Look {
  const key = `${ignoreCase ? 'i' : ''}/${forms.join('\u0000')}`;
  let look = looksByForms.get(key);
  if (!look) looksByForms.set(key, (look = { pattern: new RegExp(forms.map(escapeRegExp).join('|'), ignoreCase ? 'iu' : 'u'), forms: ignoreCase ? forms.map((f) => f.toLowerCase()) : forms, caseSensitive: !ignoreCase }));
  return look;
}

/**
 * The story the looks are about to be asked of, many times: the checker calls this with a story's
 * text joined afresh. It is read once into its pairs of characters, and then known by identity
 * instead of being compared with the last one (an equal story costs a pass over both).
 */
export function lookAt(text: string): void {
  story = text;
  storyAnswers.clear();
  storyPairs.read(text);
}

/** Whether `text` holds a match of `look` (from lookFor), asked once per text. */
export function mayHold(look: Look, text: string): boolean {
  if (text === story) {
    let answer = storyAnswers.get(look);
    if (answer === undefined) storyAnswers.set(look, (answer = storyHolds(look, text)));
    return answer;
  }
  // A block is short: its pattern costs less than reading it into pairs.
  if (text !== lastText) answers.clear();
  // Kept even when equal: comparing a text with itself costs nothing, with another string alike a pass over both.
  lastText = text;
  let answer = answers.get(look);
  if (answer === undefined) answers.set(look, (answer = look.pattern.test(text)));
  return answer;
}

/** Whether the story (read into storyPairs) holds one of the look's forms: only forms with all their pairs there are looked for. */
function storyHolds(look: Look, text: string): boolean {
  let left = 0;
  for (const form of look.forms) if (look.caseSensitive ? storyPairs.mayHoldExactly(form) : storyPairs.mayHold(form)) left++;
  return left > 0 && look.pattern.test(text);
}

/** Reads a pattern's source (as the `u` flag reads it) into required pieces. */
class Reader {
  at = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  alternation(): Piece {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? unique(branches.flatMap((b) => b.exact!)) : null;
    if (exact && exact.length <= CAP) return { exact, factors: [exact] };
    // Each branch must supply one of its own pieces: together they are one piece with many forms.
    const best = branches.map(bestFactor);
    return { exact: null, factors: best.every((f) => f !== null) ? [unique(best.flatMap((f) => f!))] : [] };
  }

  private sequence(): Piece {
    const factors: Factor[] = [];
    let current: string[] | null = null;
    let pure = true;
    const flush = () => {
      if (current && current.every((s) => s !== '')) factors.push(current);
      current = null;
    };
    const append = (forms: string[]) => {
      if (current === null) {
        current = forms;
        return;
      }
      const joined: string[] = unique(current.flatMap((a) => forms.map((b) => a + b)));
      if (joined.length > CAP) {
        flush();
        pure = false;
        current = forms;
        return;
      }
      // A shorter list of forms is a cheaper look: keep it as well.
      if (joined.length > current.length) factors.push(current);
      current = joined;
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (min === 0) {
        flush();
        pure = false;
        continue;
      }
      if (!atom.exact) {
        flush();
        pure = false;
        factors.push(...atom.factors);
        continue;
      }
      for (let i = 0; i < min; i++) append(atom.exact);
      if (max !== min) {
        flush();
        pure = false;
      }
    }
    const whole = current as string[] | null;
    if (pure) return { exact: whole ?? [''], factors: whole ? [...factors, whole] : factors };
    flush();
    return { exact: null, factors };
  }

  private atom(): Piece {
    const s = this.source;
    const ch = s[this.at];
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape(false);
    if (ch === '.' || ch === '^' || ch === '$') {
      this.at++;
      return NOTHING;
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === ']' || ch === '}') throw new Unsure();
    const char = String.fromCodePoint(s.codePointAt(this.at)!);
    this.at += char.length;
    return this.literal(char);
  }

  private literal(char: string): Piece {
    const forms = [this.ignoreCase ? char.toLowerCase() : char];
    return { exact: forms, factors: [forms] };
  }

  private group(): Piece {
    const s = this.source;
    this.at++;
    let lookaround = false;
    if (s[this.at] === '?') {
      const head = /^\?(?::|<[A-Za-z_$][\w$]*>|=|!|<=|<!)/u.exec(s.slice(this.at));
      if (!head) throw new Unsure();
      lookaround = ['?=', '?!', '?<=', '?<!'].includes(head[0]);
      this.at += head[0].length;
    }
    const inner = this.alternation();
    if (s[this.at] !== ')') throw new Unsure();
    this.at++;
    // A look-around matches no text of its own: it neither joins its neighbours nor is required of the match.
    return lookaround ? NOTHING : inner;
  }

  private characterClass(): Piece {
    const s = this.source;
    this.at++;
    // A negated class, or one with a member read as a set (\p{L}, \w), matches characters
    // this reader does not list: it is read to its end and asks for nothing.
    let listed = true;
    if (s[this.at] === '^') {
      listed = false;
      this.at++;
    }
    const chars: string[] = [];
    let first = true;
    while (this.at < s.length && (s[this.at] !== ']' || first)) {
      first = false;
      const from = this.classChar();
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && this.at + 1 < s.length) {
        this.at++;
        const to = this.classChar();
        if (from === null || to === null) {
          listed = false;
          continue;
        }
        if (from.length !== 1 || to.length !== 1) throw new Unsure();
        const a = from[0].codePointAt(0)!;
        const b = to[0].codePointAt(0)!;
        if (b < a) throw new Unsure();
        if (b - a > CAP) listed = false;
        else for (let c = a; c <= b; c++) chars.push(String.fromCodePoint(c));
      } else if (from === null) listed = false;
      else chars.push(...from);
    }
    if (s[this.at] !== ']') throw new Unsure();
    this.at++;
    if (!listed) return NOTHING;
    const forms = unique(chars.map((c) => (this.ignoreCase ? c.toLowerCase() : c)));
    if (forms.length === 0 || forms.length > CAP) return NOTHING;
    return { exact: forms, factors: [forms] };
  }

  /** One member of a class: a character, the digits for \d, or null for a set this reader does not list (\p{L}, \w). */
  private classChar(): string[] | null {
    const s = this.source;
    if (s[this.at] !== '\\') {
      const char = String.fromCodePoint(s.codePointAt(this.at)!);
      this.at += char.length;
      return [char];
    }
    const next = s[this.at + 1];
    if (next === 'p' || next === 'P') {
      const end = s.indexOf('}', this.at);
      if (s[this.at + 2] !== '{' || end < 0) throw new Unsure();
      this.at = end + 1;
      return null;
    }
    if (next !== undefined && 'DwWsS'.includes(next)) {
      this.at += 2;
      return null;
    }
    const piece = this.escape(true);
    if (!piece.exact) throw new Unsure();
    return piece.exact;
  }

  private escape(inClass: boolean): Piece {
    const s = this.source;
    const next = s[this.at + 1];
    if (next === undefined) throw new Unsure();
    this.at += 2;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (next === 'd') return { exact: DIGITS, factors: [DIGITS] };
    if (next === 'b' && inClass) return this.literal('\b');
    if (next === 'b' || next === 'B') return NOTHING;
    if (next === 'p' || next === 'P') {
      const end = s.indexOf('}', this.at);
      if (s[this.at] !== '{' || end < 0) throw new Unsure();
      this.at = end + 1;
      if (inClass) throw new Unsure();
      return NOTHING;
    }
    if ('DwWsS'.includes(next)) {
      if (inClass) throw new Unsure();
      return NOTHING;
    }
    if (/[1-9]/u.test(next) || next === 'k') throw new Unsure();
    if (next in simple) return this.literal(simple[next]);
    if (next === 'x') return this.hex(/^[0-9a-fA-F]{2}/u);
    if (next === 'u') return s[this.at] === '{' ? this.hex(/^\{([0-9a-fA-F]{1,6})\}/u) : this.hex(/^[0-9a-fA-F]{4}/u);
    if (next === 'c') throw new Unsure();
    if (/[\p{L}\p{N}]/u.test(next)) throw new Unsure();
    return this.literal(String.fromCodePoint(s.codePointAt(this.at - 1)!));
  }

  private hex(form: RegExp): Piece {
    const m = form.exec(this.source.slice(this.at));
    if (!m) throw new Unsure();
    this.at += m[0].length;
    return this.literal(String.fromCodePoint(parseInt(m[1] ?? m[0], 16)));
  }

  private quantifier(): { min: number; max: number } {
    const s = this.source;
    const ch = s[this.at];
    let out: { min: number; max: number } | null = null;
    if (ch === '*') out = { min: 0, max: Infinity };
    else if (ch === '+') out = { min: 1, max: Infinity };
    else if (ch === '?') out = { min: 0, max: 1 };
    if (out) this.at++;
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/u.exec(s.slice(this.at));
      if (!m) throw new Unsure();
      this.at += m[0].length;
      const min = Number(m[1]);
      out = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
      if (out.max < out.min) throw new Unsure();
    }
    if (!out) return { min: 1, max: 1 };
    if (s[this.at] === '?') this.at++;
    return out;
  }
}

function bestFactor(piece: Piece): Factor | null {
  const candidates = piece.factors.filter((f) => f.every((s) => s !== ''));
  if (candidates.length === 0) return null;
  return candidates.sort((a, b) => a.length - b.length || shortest(b) - shortest(a))[0];
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)];
}
