// The story's pairs of characters (pairs.ts) answer "cannot be there" for a
// literal look without a pass of its own: it must never say so of a string
// the text holds, in any case the `iu` flag folds (Kelvin sign, long s), and
// a story-wide look must answer as the plain pattern does.
import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/shared/checks/compile';
import { lookAt, lookFor, mayHold } from '../../src/shared/checks/literals';
import { CharacterPairs, foldUnit } from '../../src/shared/checks/pairs';
import { readRulesFile } from '../../src/shared/checks/rules-file';
import { DEFAULT_RULES_TEXT } from './setup';

/** A small generator, seeded, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ALPHABET = ['a', 'b', 'e', 'i', 'k', 's', 'z', 'A', 'K', 'S', 'Z', '\u212a', '\u017f', ' ', '.', '’', '“', '%', '£', '7', '\n', 'š', 'ā', '😀'];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

describe('the pair table', () => {
  test('folds exactly what ignore-case with the u flag folds onto ASCII letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const ascii = /[a-z]/iu.test(ch);
      if (ascii) expect(String.fromCharCode(foldUnit(c)), `U+${c.toString(16)}`).toMatch(/^[a-z]$/u);
      else expect(foldUnit(c), `U+${c.toString(16)}`).toBe(c);
    }
  });

  test('never says a string the text holds cannot be there, as written or in any case', () => {
    const next = random(7);
    const pick = () => ALPHABET[Math.floor(next() * ALPHABET.length)];
    const pairs = new CharacterPairs();
    let absent = 0;
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, pick).join('');
      pairs.read(text);
      for (let f = 0; f < 20; f++) {
        const form = Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join('');
        const written = new RegExp(escape(form), 'u').test(text);
        const anyCase = new RegExp(escape(form), 'iu').test(text);
        if (written || anyCase) expect(pairs.mayHold(form), `“${form}” in “${text}”`).toBe(true);
        else if (!pairs.mayHold(form)) absent++;
      }
    }
    // It is a filter worth having: most strings the text lacks are ruled out.
    expect(absent).toBeGreaterThan(2000);
  });

  test('never says a string the text holds as written cannot be there exactly, and rules out runs of three the text lacks', () => {
    const next = random(11);
    const pick = () => ALPHABET[Math.floor(next() * ALPHABET.length)];
    const pairs = new CharacterPairs();
    let ruledOutByThrees = 0;
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 60) }, pick).join('');
      pairs.read(text);
      for (let f = 0; f < 20; f++) {
        // Often a piece of the text itself, with a letter changed in its case, so the pairs alone cannot tell.
        const start = Math.floor(next() * text.length);
        const piece = text.slice(start, start + 3 + Math.floor(next() * 4));
        const form = f % 2 === 0 ? piece : piece.replace(/[a-z]/u, (c) => c.toUpperCase());
        if (new RegExp(escape(form), 'u').test(text)) expect(pairs.mayHoldExactly(form), `“${form}” in “${text}”`).toBe(true);
        else if (pairs.mayHold(form) && !pairs.mayHoldExactly(form)) ruledOutByThrees++;
      }
    }
    expect(ruledOutByThrees).toBeGreaterThan(300);
    // The look that made a case-sensitive rule read the whole story: "Government" opens a sentence, "the Government" is nowhere.
    pairs.read('The government met. Government sources said the minister left.');
    expect(pairs.mayHold('the Government')).toBe(true);
    expect(pairs.mayHoldExactly('the Government')).toBe(false);
    expect(pairs.mayHoldExactly('Government sources')).toBe(true);
  });

  test('a text read before is forgotten', () => {
    const pairs = new CharacterPairs();
    pairs.read('organize');
    expect(pairs.mayHold('iz')).toBe(true);
    pairs.read('organise');
    expect(pairs.mayHold('iz')).toBe(false);
    expect(pairs.mayHold('IS')).toBe(true);
  });
});

describe('looks over a story read into pairs', () => {
  test('answer as the plain pattern does, for every look of the default rules, story after story', () => {
    const { rules } = compileRules(readRulesFile(DEFAULT_RULES_TEXT).rules);
    const examples = rules.flatMap((r) => [...r.examples.flag, ...r.examples.leave]);
    const next = random(11);
    const stories = [...Array.from({ length: 60 }, () => Array.from({ length: 6 }, () => examples[Math.floor(next() * examples.length)]).join('\n\n')), 'Nothing here to see.', 'The ſuicide of the \u212aing, 10%'];
    const looks = [lookFor(['iz', 'ys'], true), lookFor(['%'], false), lookFor(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], false), lookFor(['Mr.', 'Dr.'], false), lookFor(['suicide'], true), lookFor(['king'], true)];
    let found = 0;
    let ruledOut = 0;
    for (const story of stories) {
      lookAt(story);
      for (const look of looks) {
        const plain = look.pattern.test(story);
        expect(mayHold(look, story), `${look.pattern} in “${story}”`).toBe(plain);
        if (plain) found++;
        else ruledOut++;
      }
      // Each rule's own look says "run it" wherever its pattern would match.
      for (const rule of rules) if (rule.mayMatch && rule.run(story).length > 0) expect(rule.mayMatch(story), rule.id).toBe(true);
    }
    expect(found).toBeGreaterThan(60);
    expect(ruledOut).toBeGreaterThan(60);
  });

  test('a block looked at between two looks at the story does not cost the story its answers', () => {
    const story = 'Rates rose 10% in March.\n\nMr. Khan left.';
    const perCent = lookFor(['%'], false);
    lookAt(story);
    expect(mayHold(perCent, story)).toBe(true);
    expect(mayHold(perCent, 'Mr. Khan left.')).toBe(false);
    expect(mayHold(perCent, story)).toBe(true);
  });
});
