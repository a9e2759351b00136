// The subbing checks as one pure function of the copy: spelling, house style
// and names. The worker and the command line both run this; the worker
// caches checkBlock's answer per paragraph and calls checkStory's story-wide
// parts (names, names at the start of a sentence) over the cache.
import type { CompiledRule, RuleHit } from './compile';
import { BUILT_IN_RULES, type CheckBlock, type CheckMatch, type SetAsideRule } from './model';
import { blockNames, forgetNames, nameMatches, type DirectoryName } from './names';
import { withStoryVariants } from './names-story-variants';
import { PhraseIndex, type PhraseHit } from './phrases';
import type { Speller } from './spelling';
import { tautonymsLeftAlone } from './species';
import { emptyScan, scanBlock } from './scan';
import { lookAt } from './literals';
import { addressSpans } from './tokens';
import { paragraphSpans } from '../quotes/spans';
import { Verdicts } from './verdicts';
import { nameMessage, NO_MATCHES, SpellingWalk } from './spelling-walk';

export interface CheckerSetup {
  /** Null when spelling is not checked. */
  speller: Speller | null;
  /** The locale named in spelling messages, e.g. "British English". */
  dictionaryName: string;
  rules: readonly CompiledRule[];
  directory: readonly DirectoryName[];
  leaveQuotesAsSpoken: boolean;
  /** Milliseconds now, for the time limit on each rule. */
  clock?: () => number;
  /** A rule taking longer than this on one block is set aside for the rest of the session. */
  ruleBudgetMs?: number;
}

const DEFAULT_BUDGET_MS = 250;
/** Between blocks run together: no rule's match should cross it. */
const SEPARATOR = '\n\n';

/** Runs the checks; remembers rules it had to set aside for taking too long. */
export class Checker {
  private readonly slow = new Map<string, SetAsideRule>();
  /** Every swap and words rule's phrases in one index, so a block is walked once for them all. */
  private readonly phrases = new PhraseIndex();
  /** For each rule in the phrase index, its lists there: the first, and how many. */
  private readonly listsOf = new Map<CompiledRule, { first: number; count: number }>();
  private lists = 0;
  /** The arrays each block is walked into, one block after another. */
  private readonly scan = emptyScan();
  /** The speller's answer for each plain word met, found by the hash of its run without cutting it from the copy. */
  private readonly verdicts = new Verdicts();
  /** The spelling check, block by block over the shared walk; null when spelling is not checked. */
  private readonly spellingWalk: SpellingWalk | null;

  constructor(private readonly setup: CheckerSetup) {
    setup.speller?.addWords(directoryWords(setup.directory));
    this.spellingWalk = setup.speller ? new SpellingWalk(setup.speller, this.verdicts, setup.dictionaryName) : null;
    setup.rules.forEach((rule) => {
      if (!rule.phrases) return;
      const base = this.lists;
      const count = 1 + Math.max(...rule.phrases.map((p) => p.list));
      this.lists += count;
      this.listsOf.set(rule, { first: base, count });
      // Each phrase was filed by its rule already, so it files here too.
      for (const phrase of rule.phrases) this.phrases.add({ ...phrase, list: base + phrase.list });
    });
  }

  /** Rules set aside while checking (too slow), in the order they were. */
  get setAside(): SetAsideRule[] {
    return [...this.slow.values()];
  }

  /** Spelling and house style in one block: depends on nothing but the block, so it can be cached by its text. */
  checkBlock(block: CheckBlock, index: number): CheckMatch[] {
    return this.checkBlocks([block])[0].map((m) => ({ ...m, block: index }));
  }

  /** checkBlock for many blocks at once, each answer numbered as block 0 (the caller places it). */
  checkBlocks(blocks: readonly CheckBlock[]): CheckMatch[][] {
    // Each block is walked once, into the same arrays every time; spelling, swap lists and
    // repeated words all read that walk before the next block's replaces it.
    const scan = this.scan;
    const clock = this.setup.clock;
    const found: BlockFound = { phrases: [], walkMs: 0, byRule: new Map(), plainLetters: true };
    const scanRules = this.setup.rules.filter((rule) => rule.runScan && !this.slow.has(rule.id));
    const scanHits = scanRules.map(() => [] as RuleHit[][]);
    // The walk is timed as a whole: a clock read costs more than most blocks' share of it. Only a
    // walk over the budget has its rules timed one by one, so the one to blame is found.
    const started = clock?.() ?? 0;
    const spelling = blocks.map((block, i) => {
      scanBlock(block.text, scan);
      if (scan.wide) found.plainLetters = false;
      // The story-wide name check reads each block's name words; found from this walk, they cost no walk of their own.
      blockNames(block.text, scan);
      if (this.phrases.size) found.phrases.push(byList(this.phrases.scanRuns(block.text, scan)));
      for (let r = 0; r < scanRules.length; r++) scanHits[r][i] = tautonymsLeftAlone(scanRules[r].runScan!(block.text, scan), this.setup.speller);
      return this.spellingWalk ? this.spellingWalk.matches(block.text, scan) : NO_MATCHES;
    });
    found.walkMs = (clock?.() ?? 0) - started;
    const overBudget = found.walkMs > (this.setup.ruleBudgetMs ?? DEFAULT_BUDGET_MS);
    scanRules.forEach((rule, r) => {
      if (overBudget) blocks.forEach((block, i) => (scanHits[r][i] = tautonymsLeftAlone(this.timed(rule, () => rule.run(block.text)), this.setup.speller)));
      // Its hits stand even when it was set aside just now, as any rule's do on the check that found it slow.
      found.byRule.set(rule, scanHits[r]);
    });
    const style = this.styleMatches(blocks, found);
    return blocks.map((block, i) => {
      const found = style[i];
      // No house-style rule fires inside a web or email address ("www.optimize-labs.co.uk"); the spelling check skips them already.
      const own = found === undefined ? NO_MATCHES : outsideAddresses(found, block.text);
      const spelt = own.length ? spelling[i].filter((s) => !own.some((m) => m.start < s.end && s.start < m.end)) : spelling[i];
      const all = own.length ? [...own, ...spelt] : spelt;
      const kept = this.setup.leaveQuotesAsSpoken && block.quoted?.length ? all.filter((m) => !insideAny(m, block.quoted!)) : all;
      // The walk's arrays are its own to sort; a block with nothing found shares one, so it is answered with a fresh one.
      return kept.length === 0 ? [] : kept.length > 1 ? (kept as CheckMatch[]).sort(byPlace) : (kept as CheckMatch[]);
    });
  }

  /** Every match in the story: each block's (from `perBlock` when cached), then names across the story. */
  checkStory(blocks: readonly CheckBlock[], perBlock?: (block: CheckBlock, index: number) => readonly CheckMatch[]): CheckMatch[] {
    const blockMatches: CheckMatch[] = [];
    if (perBlock) {
      for (let i = 0; i < blocks.length; i++) for (const m of perBlock(blocks[i], i)) blockMatches.push(m);
    } else this.checkBlocks(blocks).forEach((found, i) => found.forEach((m) => blockMatches.push({ ...m, block: i })));
    const names = withStoryVariants(blocks, blockMatches, nameMatches(blocks, this.setup.directory));
    const named = new Set(names.map((m) => `${m.block}:${m.start}`));
    const settled = settleSentenceStarts([...blockMatches.filter((m) => !named.has(`${m.block}:${m.start}`)), ...names]).sort(byPlace);
    return this.setup.leaveQuotesAsSpoken ? spokenLeftAlone(blocks, settled) : settled;
  }

  /** House-style matches per block. Rules that allow it run once over the blocks joined by a blank line; a match across two blocks is dropped. */
  private styleMatches(blocks: readonly CheckBlock[], found: BlockFound): Array<CheckMatch[] | undefined> {
    // Most blocks hold no house-style match: a block's list is made at its first.
    const out: Array<CheckMatch[] | undefined> = new Array(blocks.length);
    const starts: number[] = [];
    // Joined in one go: a string grown block by block is a tree of hundreds of pieces, copied flat again by the first rule to read it.
    const parts: string[] = [];
    let length = 0;
    for (const block of blocks) {
      if (length > 0) {
        parts.push(SEPARATOR);
        length += SEPARATOR.length;
      }
      starts.push(length);
      parts.push(block.text);
      length += block.text.length;
    }
    const joined = parts.join('');
    lookAt(joined);
    const blockAt = (offset: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    // The phrase rules' hits, found in the walk of each block. Should that take too long, each of
    // those rules runs on its own below, timed, so the one to blame is found and set aside.
    const phraseHits = found.phrases;
    // Most blocks hold no listed phrase: each phrase rule reads only those that do.
    const phraseBlocks: number[] = [];
    for (let i = 0; i < phraseHits.length; i++) if (phraseHits[i]) phraseBlocks.push(i);
    const walked = found.walkMs <= (this.setup.ruleBudgetMs ?? DEFAULT_BUDGET_MS);
    for (const rule of this.setup.rules) {
      // Rules that read the walk have run already, block by block.
      const fromScan = found.byRule.get(rule);
      if (fromScan) {
        fromScan.forEach((hits, i) => hits.forEach((hit) => (out[i] ??= []).push(this.styleMatch(rule, hit))));
        continue;
      }
      if (this.slow.has(rule.id)) continue;
      const add = (i: number, hit: RuleHit) => (out[i] ??= []).push(this.styleMatch(rule, hit));
      const lists = this.listsOf.get(rule);
      if (lists && walked) {
        for (const i of phraseBlocks) {
          const found = phraseHits[i]!;
          // A swap list's two lists (any case, as written) are one rule: its hits in order of place, as it runs alone.
          const hits = lists.count === 1 ? found[lists.first] : found.slice(lists.first, lists.first + lists.count).flatMap((h) => h ?? []).sort((a, b) => a.start - b.start);
          for (const hit of hits ?? []) add(i, { start: hit.start, end: hit.end, text: hit.text, suggestions: [hit.suggestion] });
        }
        continue;
      }
      if (rule.perBlock || blocks.length === 1) {
        // What no block can hold, the story as a whole does not hold either: one look spares a call per block.
        if (rule.mayMatch && !rule.mayMatch(joined)) continue;
        blocks.forEach((block, i) => {
          for (const hit of this.timed(rule, () => rule.run(block.text))) add(i, hit);
        });
        continue;
      }
      for (const hit of this.timed(rule, () => rule.run(joined, found.plainLetters))) {
        const i = blockAt(hit.start);
        const start = hit.start - starts[i];
        const end = hit.end - starts[i];
        if (end <= blocks[i].text.length) add(i, { ...hit, start, end });
      }
    }
    return out;
  }

  private styleMatch(rule: CompiledRule, hit: RuleHit): CheckMatch {
    return { ruleId: rule.id, kind: 'style', level: rule.level, message: fill(rule.message, hit.text, hit.suggestions[0]), block: 0, start: hit.start, end: hit.end, text: hit.text, suggestions: hit.suggestions };
  }

  /** A rule's hits from `run`; a rule that takes too long is set aside for the rest of the session. */
  private timed(rule: CompiledRule, run: () => RuleHit[]): RuleHit[] {
    const clock = this.setup.clock;
    const started = clock?.() ?? 0;
    const hits = run();
    const took = (clock?.() ?? 0) - started;
    if (took > (this.setup.ruleBudgetMs ?? DEFAULT_BUDGET_MS)) {
      this.slow.set(rule.id, { id: rule.id, line: rule.line, reason: `it took ${Math.round(took)} ms on one check, too long to run as the sub works, so it was set aside; make its pattern simpler` });
    }
    return hits;
  }

  /**
   * The spellings to offer for a match: a misspelling's are worked out here, when the sub opens its
   * popover or the command line prints it, never during the check itself. A dictionary's nearest word
   * to an unknown name is seldom the name ("Qazi" → "Nazi"), so a name gets none.
   */
  suggestionsFor(match: Pick<CheckMatch, 'ruleId' | 'text' | 'suggestions'>): string[] {
    if (match.ruleId !== BUILT_IN_RULES.spelling || !this.setup.speller) return match.suggestions;
    return this.setup.speller.suggest(match.text);
  }

  /** The matches with each misspelling's suggestions filled in, for a caller that shows them all (the command line). */
  withSuggestions(matches: readonly CheckMatch[]): CheckMatch[] {
    return matches.map((m) => (m.ruleId === BUILT_IN_RULES.spelling ? { ...m, suggestions: this.suggestionsFor(m) } : m));
  }

  /** Forgets every word judged and every block's names: for timing a story as if its words were new. */
  forget(): void {
    this.verdicts.clear();
    this.setup.speller?.forget();
    forgetNames();
  }
}

/** What the walk of each block found for house style, before the rules that do not read it run. */
interface BlockFound {
  /** Per block: the phrase rules' hits by list, or null when there are none. */
  phrases: Array<Array<PhraseHit[] | undefined> | null>;
  /** Milliseconds the walk of every block took (spelling, names, phrase look-ups, rules that read the walk). */
  walkMs: number;
  /** Per rule that reads the walk (repeated words): its hits in each block. */
  byRule: Map<CompiledRule, RuleHit[][]>;
  /** Whether every letter, mark and figure of every block is ASCII (scan.ts), so patterns may run as their ASCII twins. */
  plainLetters: boolean;
}

/** Hits grouped by their list, each group in order of place; null when there are none (most blocks). */
function byList(hits: readonly PhraseHit[]): Array<PhraseHit[] | undefined> | null {
  if (hits.length === 0) return null;
  const out: Array<PhraseHit[] | undefined> = [];
  for (const hit of hits) (out[hit.list] ??= []).push(hit);
  return out;
}

const POSSESSIVE = /['’]s?$/u;

/** A capitalised unknown word opening a sentence is a name when the story also writes it inside one. */
function settleSentenceStarts(matches: CheckMatch[]): CheckMatch[] {
  // "Luton’s" opening a sentence is the Luton the story names inside one: compared without the possessive.
  const bare = (word: string) => word.replace(POSSESSIVE, '');
  const names = new Set(matches.filter((m) => m.ruleId === BUILT_IN_RULES.spellingName).map((m) => bare(m.text)));
  return matches.map((m) => (m.ruleId === BUILT_IN_RULES.spelling && names.has(bare(m.text)) ? { ...m, ruleId: BUILT_IN_RULES.spellingName, level: 'advice', message: nameMessage(m.text), suggestions: [] } : m));
}

function directoryWords(directory: readonly DirectoryName[]): string[] {
  return directory.flatMap((d) => `${d.name} ${d.laterReference ?? ''}`.split(/[\s,]+/u)).filter((w) => w.length > 1);
}

/**
 * Imported copy's quotations are seldom tagged, yet a sub leaving quotes as spoken means them too: the
 * spelling of the words inside a quotation the quotes module finds is left alone (house style still
 * applies, as the finder can take a title or a scare quote for one). The finder keeps each paragraph's
 * answer, so after an edit only that paragraph is read again, and this runs only in the worker's pause.
 */
function spokenLeftAlone(blocks: readonly CheckBlock[], matches: CheckMatch[]): CheckMatch[] {
  // Only blocks with a spelling match are read; a quotation running on opens the next paragraph with its own mark, so each block's pairing stands alone.
  return matches.filter((m) => m.kind !== 'spelling' || !insideAny(m, quotationsIn(blocks[m.block].text)));
}

/**
 * Each block's quotations as ranges, kept by the block's text as the quotes module keeps its pairings
 * (and as long), but found by the text itself: its own key is a fresh string holding the paragraph,
 * built, copied flat and hashed at every look, and its answer is copied out each time.
 */
const quotations = new Map<string, ReadonlyArray<readonly [number, number]>>();
const MAX_QUOTATIONS_KEPT = 20_000;

function quotationsIn(text: string): ReadonlyArray<readonly [number, number]> {
  let ranges = quotations.get(text);
  if (!ranges) {
    if (quotations.size >= MAX_QUOTATIONS_KEPT) quotations.clear();
    quotations.set(text, (ranges = paragraphSpans(0, text).segments.map((s) => [s.start, s.end] as const)));
  }
  return ranges;
}

/** The matches that touch no web or email address in the block's text. */
function outsideAddresses(matches: CheckMatch[], text: string): CheckMatch[] {
  const spans = addressSpans(text);
  return spans.length ? matches.filter((m) => !spans.some(([start, end]) => m.start < end && start < m.end)) : matches;
}

function insideAny(match: CheckMatch, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([start, end]) => match.start >= start && match.end <= end);
}

const byPlace = (a: CheckMatch, b: CheckMatch): number => a.block - b.block || a.start - b.start || a.end - b.end;

/** The rule's message with {text} and {suggestion} filled in. */
function fill(message: string, text: string, suggestion: string | undefined): string {
  return message.replace(/\{text\}/gu, text).replace(/\{suggestion\}/gu, suggestion ?? '');
}
