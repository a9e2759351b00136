// Turning the rules a file states into rules that run. Each compiled rule is
// a pure function from a block's text to the ranges it flags, with their
// suggestions; a rule that cannot be run (a pattern that does not compile or
// could backtrack without end, a coded rule Galley does not know) is set
// aside with its line and the reason.
import { RE2JS } from 're2js';
import { asciiTwin } from './ascii-twin';
import { CODED_CHECKS, repeatedWordIn } from './coded';
import { literalPrefilter, lookFor, mayHold } from './literals';
import { ruleLabel, type CheckLevel, type SetAsideRule } from './model';
import { PhraseIndex, type Phrase } from './phrases';
import { mayBacktrack } from './regex-safety';
import type { BlockScan } from './scan';
import type { RuleKind, RuleSpec } from './rules-file';

/** One place a rule fires in a block. */
export interface RuleHit {
  start: number;
  end: number;
  text: string;
  suggestions: string[];
}

/** A house-style rule ready to run. */
export interface CompiledRule {
  id: string;
  kind: RuleKind;
  level: CheckLevel;
  message: string;
  /** What the checks panel calls the rule. */
  label: string;
  line: number;
  examples: { flag: string[]; leave: string[] };
  /** Words this rule prefers: the spelling check accepts them too. */
  words: string[];
  /** Whether its pattern runs on the linear-time engine (see regex-safety.ts). */
  linear: boolean;
  /**
   * Whether it must see one block at a time: a coded rule, or a pattern
   * anchored with ^ or $. Other rules run once over the blocks joined, which
   * spares tens of thousands of calls on a long story.
   */
  perBlock: boolean;
  /**
   * A swap or words rule's phrases (lists numbered from 0 within the rule),
   * so the checker can walk a block once for all such rules; absent when a
   * phrase could not be filed by its first word and the rule runs as a pattern.
   */
  phrases?: Phrase[];
  /** A cheap look: false when `text` cannot hold a match (no figure for a coded rule on figures, no "%" for per cent). */
  mayMatch?: (text: string) => boolean;
  /**
   * The rule's hits in `text`. `plainLetters`: every letter, mark and figure in it is ASCII (the walk
   * says so), so a pattern may run as its twin with ASCII ranges for its Unicode classes (ascii-twin.ts).
   */
  run(text: string, plainLetters?: boolean): RuleHit[];
  /** run over a block already walked (scan.ts), for rules that read its words: sparing a second walk. */
  runScan?(text: string, scan: BlockScan): RuleHit[];
}

/** Coded rules that cannot fire without a figure in the text. */
const CODED_NEEDS_A_FIGURE = new Set(['small-numbers', 'sentence-start-number', 'dates']);
const A_FIGURE = lookFor(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], false);

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Compiles what can be run; the rest is set aside. */
export function compileRules(specs: readonly RuleSpec[]): { rules: CompiledRule[]; setAside: SetAsideRule[] } {
  const rules: CompiledRule[] = [];
  const setAside: SetAsideRule[] = [];
  for (const spec of specs) {
    const compiled = compileRule(spec);
    if (typeof compiled === 'string') setAside.push({ id: spec.id, line: spec.line, reason: compiled });
    else rules.push(compiled);
  }
  return { rules, setAside };
}

function compileRule(spec: RuleSpec): CompiledRule | string {
  const base = { id: spec.id, kind: spec.kind, level: spec.level, message: spec.message, label: spec.label ?? ruleLabel(spec.id), line: spec.line, examples: spec.examples, words: [] as string[], linear: false, perBlock: spec.kind === 'coded' || (spec.kind === 'pattern' && anchored(spec.pattern ?? '')) };
  switch (spec.kind) {
    case 'pattern': {
      const runner = patternRunner(spec.pattern ?? '', spec.ignoreCase === true);
      if (typeof runner === 'string') return runner;
      const replace = spec.replace;
      return {
        ...base,
        mayMatch: runner.mayMatch,
        linear: runner.linear,
        run: (text, plainLetters) => runner.find(text, plainLetters).map((m) => ({ start: m.start, end: m.end, text: m.groups[0], suggestions: replace === undefined ? [] : [expand(replace, m.groups)] })),
      };
    }
    case 'swap':
      return { ...base, ...phraseRunner(swapPhrases(spec.swap ?? {}), () => swapRunner(spec.swap ?? {})) };
    case 'words':
      return { ...base, words: spec.words ?? [], ...phraseRunner(wordsPhrases(spec.words ?? []), () => wordsRunner(spec.words ?? [])) };
    case 'coded': {
      const check = CODED_CHECKS[spec.check ?? ''];
      if (!check) return `there is no coded rule “${spec.check}” (coded rules: ${Object.keys(CODED_CHECKS).join(', ')})`;
      const hits = (text: string, found: ReturnType<typeof check>) => found.map((hit) => ({ ...hit, text: text.slice(hit.start, hit.end) }));
      return {
        ...base,
        mayMatch: CODED_NEEDS_A_FIGURE.has(spec.check ?? '') ? (text) => mayHold(A_FIGURE, text) : undefined,
        run: (text) => hits(text, check(text)),
        runScan: spec.check === 'repeated-word' ? (text, scan) => hits(text, repeatedWordIn(text, scan)) : undefined,
      };
    }
  }
}

/** Whether a pattern uses ^ or $ outside a character class. */
function anchored(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '^' || ch === '$') return true;
  }
  return false;
}

interface FoundMatch {
  start: number;
  end: number;
  /** The whole match, then each captured group ('' when it took no part). */
  groups: string[];
}

/** A pattern's finder on the native engine when it is safe there, else on RE2JS. */
function patternRunner(source: string, ignoreCase: boolean): { find: (text: string, plainLetters?: boolean) => FoundMatch[]; mayMatch: (text: string) => boolean; linear: boolean } | string {
  let native: RegExp;
  try {
    native = new RegExp(source, ignoreCase ? 'giu' : 'gu');
  } catch (error) {
    return `the pattern is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /u, '')}`;
  }
  if (native.test('')) return 'the pattern matches empty text, so it would fire everywhere';
  // Plain text every match must hold ("%", "iz"): a block without it is not searched.
  const mayMatch = literalPrefilter(source, ignoreCase);
  if (!mayBacktrack(source)) {
    const twin = plainTwin(source, ignoreCase) ?? native;
    return {
      linear: false,
      mayMatch,
      find: (text, plainLetters) => {
        const out: FoundMatch[] = [];
        if (!mayMatch(text)) return out;
        const re = plainLetters ? twin : native;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0] === '') {
            re.lastIndex++;
            continue;
          }
          out.push({ start: m.index, end: m.index + m[0].length, groups: Array.from(m, (g) => g ?? '') });
        }
        return out;
      },
    };
  }
  let linear: RE2JS;
  try {
    linear = RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch {
    return 'the pattern repeats a repeat (like “(a+)+”) or a choice whose branches overlap, which can take minutes on one paragraph, and it uses a form (a look-around or back-reference) the safe engine cannot run; rewrite it without the nested repeat';
  }
  return {
    linear: true,
    mayMatch,
    find: (text) => {
      const out: FoundMatch[] = [];
      if (!mayMatch(text)) return out;
      const matcher = linear.matcher(text);
      while (matcher.find()) {
        const groups: string[] = [];
        for (let g = 0; g <= matcher.groupCount(); g++) groups.push(matcher.group(g) ?? '');
        if (groups[0] !== '') out.push({ start: matcher.start(), end: matcher.end(), groups });
      }
      return out;
    },
  };
}

/** The pattern's twin for copy whose letters are all ASCII, compiled; null when it has none. */
function plainTwin(source: string, ignoreCase: boolean): RegExp | null {
  const twin = asciiTwin(source);
  if (twin === null) return null;
  try {
    return new RegExp(twin, ignoreCase ? 'giu' : 'gu');
  } catch {
    return null;
  }
}

/** The replacement with $1…$99 and $& filled in from the match. */
function expand(replace: string, groups: string[]): string {
  return replace.replace(/\$(\d{1,2}|&|\$)/gu, (token, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return groups[0];
    const n = Number(ref);
    return n < groups.length ? groups[n] : token;
  });
}

/**
 * Whole words or phrases, bad → good. A bad form written in small letters
 * matches in any case and its replacement takes the case of what was
 * written ("Amongst" → "Among"); one written with capitals ("ISIS") matches
 * only as written and is replaced as given.
 */
function swapRunner(swap: Record<string, string>): (text: string) => RuleHit[] {
  const anyCase = new Map<string, string>();
  const exact = new Map<string, string>();
  for (const [bad, good] of Object.entries(swap)) {
    const key = bad.trim().replace(/\s+/gu, ' ');
    if (key === key.toLowerCase()) anyCase.set(key, good);
    else exact.set(key, good);
  }
  const alternation = (keys: Iterable<string>) =>
    [...keys]
      .sort((a, b) => b.length - a.length)
      .map((k) => escapeRegExp(k).replace(/ /gu, '\\s+'))
      .join('|');
  const patterns: Array<{ re: RegExp; lookup: (s: string) => string | undefined; keepCase: boolean }> = [];
  if (anyCase.size) patterns.push({ re: new RegExp(`${BOUNDARY_BEFORE}(?:${alternation(anyCase.keys())})${BOUNDARY_AFTER}`, 'giu'), lookup: (s) => anyCase.get(s.toLowerCase()), keepCase: true });
  if (exact.size) patterns.push({ re: new RegExp(`${BOUNDARY_BEFORE}(?:${alternation(exact.keys())})${BOUNDARY_AFTER}`, 'gu'), lookup: (s) => exact.get(s), keepCase: false });
  return (text) => {
    const out: RuleHit[] = [];
    for (const { re, lookup, keepCase } of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const good = lookup(m[0].replace(/\s+/gu, ' '));
        if (good === undefined) continue;
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], suggestions: [keepCase ? withCaseOf(m[0], good) : good] });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
}

/** A swap list's phrases: list 0 matches in any case and keeps the case written, list 1 only as written (as swapRunner). */
function swapPhrases(swap: Record<string, string>): Phrase[] {
  const out: Phrase[] = [];
  // As swapRunner reads the list: the last of two entries written alike wins.
  const swaps = new Map<string, string>();
  for (const [bad, good] of Object.entries(swap)) swaps.set(bad.trim().replace(/\s+/gu, ' '), good);
  for (const [key, good] of swaps) {
    const anyCase = key === key.toLowerCase();
    out.push({
      phrase: key,
      list: anyCase ? 0 : 1,
      length: key.length,
      pattern: new RegExp(`(?:${escapeRegExp(key).replace(/ /gu, '\\s+')})${BOUNDARY_AFTER}`, anyCase ? 'iuy' : 'uy'),
      suggest: (written) => (anyCase ? withCaseOf(written, good) : good),
    });
  }
  return out;
}

/** A words rule's phrases, one list: a preferred spelling found in another case (or apostrophe or hyphen) is a match (as wordsRunner). */
function wordsPhrases(words: readonly string[]): Phrase[] {
  const preferred = new Map<string, string>();
  for (const w of words) preferred.set(fold(w), w);
  return [...preferred.values()].map((w) => ({
    phrase: w,
    list: 0,
    length: w.length,
    pattern: new RegExp(`(?:${escapeRegExp(w).replace(/['’]/gu, "['’]").replace(/[-‐‑]/gu, '[-‐‑ ]')})${BOUNDARY_AFTER}`, 'iuy'),
    suggest: (written) => {
      const good = preferred.get(fold(written));
      return good !== undefined && good !== written ? good : null;
    },
  }));
}

/** A rule run by a phrase index when every phrase can be filed by its first word, else by `fallback`. */
function phraseRunner(phrases: Phrase[], fallback: () => (text: string) => RuleHit[]): { run: (text: string) => RuleHit[]; phrases?: Phrase[] } {
  const index = new PhraseIndex();
  if (!phrases.every((phrase) => index.add(phrase))) return { run: fallback() };
  return {
    phrases,
    run: (text) => index.scan(text).map((hit) => ({ start: hit.start, end: hit.end, text: hit.text, suggestions: [hit.suggestion] })),
  };
}

/** The replacement in the case of what it replaces: capitals throughout, or a capital first. */
export function withCaseOf(written: string, good: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return good.toUpperCase();
  if (/^\p{Lu}/u.test(written)) return good.charAt(0).toUpperCase() + good.slice(1);
  return good;
}

/** Preferred spellings: the word written in any other case (or with a straight for a curly apostrophe) is flagged. */
function wordsRunner(words: readonly string[]): (text: string) => RuleHit[] {
  const preferred = new Map<string, string>();
  for (const w of words) preferred.set(fold(w), w);
  const re = new RegExp(`${BOUNDARY_BEFORE}(?:${[...preferred.values()].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/['’]/gu, "['’]").replace(/[-‐‑]/gu, '[-‐‑ ]')).join('|')})${BOUNDARY_AFTER}`, 'giu');
  return (text) => {
    const out: RuleHit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const good = preferred.get(fold(m[0]));
      if (good !== undefined && good !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], suggestions: [good] });
    }
    return out;
  };
}

const fold = (w: string): string => w.toLowerCase().replace(/['’]/gu, "'").replace(/[-‐‑ ]/gu, '-');
