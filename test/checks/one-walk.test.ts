// The one walk over each block (scan.ts) that spelling, swap lists and the
// repeated-word rule share: it must cut the copy exactly as each check did
// on its own, with marks, surrogate pairs, apostrophes and hyphens, and the
// answers it keeps must go when the words the speller accepts change.
import { describe, expect, test } from 'vitest';
import { loadHouseStyle } from '../../src/shared/checks/house-style';
import { readRulesFile } from '../../src/shared/checks/rules-file';
import { scanBlock } from '../../src/shared/checks/scan';
import { wordTokens } from '../../src/shared/checks/tokens';
import { body, DEFAULT_RULES_TEXT, defaultChecker } from './setup';

const words = (text: string) => wordTokens(text).map((w) => w.text);

describe('the words the spelling check reads', () => {
  test('apostrophes and hyphens join a word only between letters; figures, single letters and initials are left out', () => {
    expect(words('It’s a nation-building plan - O’Brien’s, not ‘theirs’; Covid-19 at 10am, J. K. Rowling and x-')).toEqual(['It’s', 'nation-building', 'plan', 'O’Brien’s', 'not', 'theirs', 'at', 'Rowling', 'and']);
  });

  test('a combining mark stays inside its word, and a letter outside the basic plane counts as one letter', () => {
    expect(words('cafe\u0301 au lait')).toEqual(['cafe\u0301', 'au', 'lait']);
    // "𝐀b" is two letters; "𝐀" alone is one, so it is no word to check.
    expect(words('𝐀 𝐀b')).toEqual(['𝐀b']);
  });

  test('the same arrays serve block after block: a shorter block after a longer one reads only its own runs', () => {
    const scan = scanBlock('one two three four five six');
    scanBlock('seven', scan);
    expect(scan.count).toBe(1);
    expect(scan.runs.slice(0, 2)).toEqual([0, 5]);
  });
});

describe('swap lists found through the walk', () => {
  // Each swap rule as a plain alternation, as a chief sub would read it: whole words, in any case when listed in small letters.
  const swaps = readRulesFile(DEFAULT_RULES_TEXT).rules.filter((r) => r.kind === 'swap');
  const style = loadHouseStyle(DEFAULT_RULES_TEXT);
  const plain = (swap: Record<string, string>, text: string) => {
    const found: string[] = [];
    for (const [bad] of Object.entries(swap)) {
      const anyCase = bad === bad.toLowerCase();
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${bad.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')}(?![\\p{L}\\p{N}])`, anyCase ? 'giu' : 'gu');
      for (const m of text.matchAll(re)) found.push(`${m.index}:${m[0]}`);
    }
    return found.sort();
  };

  test('finds what a plain alternation finds, in any case and beside marks, accented letters and figures', () => {
    const copy = 'AMONGST the firemen, Amongst2 amongst_ café-amongst, whilst\u0301 WHILST; toward TOWARD the Web site, e-mail and E-MAIL, okay 12noon 12 noon.';
    let total = 0;
    for (const spec of swaps) {
      const rule = style.rules.find((r) => r.id === spec.id)!;
      expect(rule.phrases, `${spec.id} runs through the walk`).toBeDefined();
      const found = rule.run(copy).map((h) => `${h.start}:${h.text}`).sort();
      // A swap whose bad form is already what the list prefers is no match (a swap to itself): the plain look finds it, the rule does not.
      const expected = plain(spec.swap!, copy).filter((hit) => !Object.entries(spec.swap!).some(([bad, good]) => bad === good && hit.endsWith(`:${bad}`)));
      expect(found, spec.id).toEqual(expected);
      total += found.length;
    }
    expect(total).toBeGreaterThanOrEqual(10);
  });
});

describe('answers kept across checks', () => {
  test('a word the desk adds is no longer flagged in the next check, though the check before flagged it', () => {
    const checker = defaultChecker();
    expect(checker.checkStory(body('The zorbling crossed.')).map((m) => m.text)).toEqual(['zorbling']);
    // The speller is the checker's: adding a word through it is what the desk dictionary does.
    (checker as unknown as { setup: { speller: { addWords(w: string[]): void } } }).setup.speller.addWords(['zorbling']);
    expect(checker.checkStory(body('The zorbling crossed.'))).toEqual([]);
  });

  test('a checker that forgets what it learnt answers the same as before', () => {
    const checker = defaultChecker();
    const story = body('Amongst the the crowd, Mr. Qwazi said 10% would recieve aid.', 'Later Mr Qwazi left.');
    const first = checker.checkStory(story);
    checker.forget();
    expect(checker.checkStory(story)).toEqual(first);
    expect(first.length).toBeGreaterThanOrEqual(5);
  });
});
