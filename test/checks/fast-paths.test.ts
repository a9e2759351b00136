// The engine's fast paths must find exactly what the slow ones would: the
// literal look before a pattern, the one walk for every swap and words rule,
// the coded repeated-word rule. Each is checked against the plain regular
// expression or rule run alone, on the real default rules.
import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/shared/checks/compile';
import { loadHouseStyle } from '../../src/shared/checks/house-style';
import { literalPrefilter } from '../../src/shared/checks/literals';
import { ruleLabel } from '../../src/shared/checks/model';
import { readRulesFile } from '../../src/shared/checks/rules-file';
import { body, DEFAULT_RULES_TEXT, defaultChecker } from './setup';

const style = loadHouseStyle(DEFAULT_RULES_TEXT);

/** Every match of a pattern as the plain regular expression finds it. */
function plainMatches(source: string, ignoreCase: boolean, text: string): string[] {
  return [...text.matchAll(new RegExp(source, ignoreCase ? 'giu' : 'gu'))].map((m) => `${m.index}:${m[0]}`);
}

describe('the literal look before a pattern', () => {
  test('skips a block that lacks what every match holds, and says nothing about one that has it', () => {
    const perCent = literalPrefilter('(\\d+(?:[.,]\\d+)?)\\s?%', false);
    expect(perCent('Inflation rose sharply.')).toBe(false);
    expect(perCent('Inflation rose to 10%.')).toBe(true);
    const titles = literalPrefilter('\\b(Mr|Mrs|Dr)\\.(?=\\s)', false);
    expect(titles('Khan said. Then he left.')).toBe(false);
    expect(titles('Dr. Khan said')).toBe(true);
    const ize = literalPrefilter('\\b(organ|real)iz(e|ed)\\b', true);
    expect(ize('They will ORGANISE it.')).toBe(false);
    expect(ize('They will ORGANIZE it.')).toBe(true);
  });

  test('with ignore-case, a long s or Kelvin sign still counts as the letter it folds to', () => {
    const re = '\\bsuicide\\b';
    expect(plainMatches(re, true, 'ſuicide')).toHaveLength(1);
    expect(literalPrefilter(re, true)('ſuicide')).toBe(true);
  });

  test('a pattern it cannot read is always run', () => {
    for (const source of ['(?i:abc)', '\\1abc', '[%-$]x', 'a{2,1}']) expect(literalPrefilter(source, false)('nothing here')).toBe(true);
  });

  test('a class it cannot list (negated, or a set like \\p{L}) asks for nothing, and the pieces around it still count', () => {
    const times = literalPrefilter('\\b(\\d{1,2}):(\\d{2})\\s?([ap])\\.?m\\.?(?![\\p{L}])', true);
    expect(times('The harbour master left at noon.')).toBe(false);
    expect(times('He left at 10:30pm.')).toBe(true);
    const negated = literalPrefilter('[^%]x', false);
    expect(negated('nothing here')).toBe(false);
    expect(negated('a box')).toBe(true);
    expect(plainMatches('[^%]x', false, 'a box')).toHaveLength(1);
  });

  test('never hides a match of a default rule: on every example and on mixed copy, each pattern finds what the plain expression finds', () => {
    const specs = readRulesFile(DEFAULT_RULES_TEXT).rules.filter((r) => r.kind === 'pattern');
    const { rules } = compileRules(specs);
    const examples = style.rules.flatMap((r) => [...r.examples.flag, ...r.examples.leave]);
    const copy = [...examples, examples.join(' '), 'At 10:30 a.m. the Prime Minister said 40% of the U.S. Government’s 1990’s plans, worth £3 billion, would REORGANIZE things.'];
    for (const spec of specs) {
      const rule = rules.find((r) => r.id === spec.id)!;
      for (const text of copy) {
        expect(rule.run(text).map((h) => `${h.start}:${h.text}`), `${spec.id} on “${text}”`).toEqual(plainMatches(spec.pattern!, spec.ignoreCase === true, text));
      }
    }
  });
});

describe('swap and words rules, walked once for all', () => {
  test('the story-wide walk finds what each rule finds run alone', () => {
    const checker = defaultChecker();
    const phraseRules = style.rules.filter((r) => r.phrases);
    expect(phraseRules.length).toBeGreaterThan(25);
    const text = 'Amongst the fire-men, NATO and Nasa staff e-mailed the Ukraine; whilst the head  teacher said it was okay, the M.P. for Bolton, an advisor, co-operated toward al Qaeda e.g. in Kiev. ISIS and Covid, no-one.';
    const blocks = body(text);
    const found = checker.checkStory(blocks).filter((m) => m.kind === 'style' && phraseRules.some((r) => r.id === m.ruleId));
    const alone = phraseRules.flatMap((r) => r.run(text).map((h) => ({ ruleId: r.id, start: h.start, end: h.end, suggestion: h.suggestions[0] })));
    const key = (m: { ruleId: string; start: number; end: number; suggestion?: string }) => `${m.start}:${m.end}:${m.ruleId}:${m.suggestion}`;
    expect(found.map((m) => key({ ...m, suggestion: m.suggestions[0] })).sort()).toEqual(alone.map(key).sort());
    expect(found.length).toBeGreaterThanOrEqual(15);
  });

  test('a swap entry that does not open with a letter or figure still works, run as a pattern', () => {
    const { rules } = compileRules(readRulesFile("rules:\n  - id: pound-note\n    kind: swap\n    level: advice\n    message: x\n    swap:\n      '£5 note': five-pound note\n      fiver: five-pound note\n").rules);
    expect(rules[0].phrases).toBeUndefined();
    expect(rules[0].run('a £5 note and a fiver').map((h) => h.text)).toEqual(['£5 note', 'fiver']);
  });

  test('case is kept as written and a longer phrase wins over its first word', () => {
    const { rules } = compileRules(readRulesFile('rules:\n  - id: t\n    kind: swap\n    level: advice\n    message: x\n    swap:\n      head teacher: headteacher\n      head: chief\n').rules);
    expect(rules[0].run('The Head Teacher and the HEAD said').map((h) => `${h.text}→${h.suggestions[0]}`)).toEqual(['Head Teacher→Headteacher', 'HEAD→CHIEF']);
  });
});

describe('the coded repeated-word rule', () => {
  const repeated = style.rules.find((r) => r.id === 'repeated-word')!;
  test('flags a word written twice with only space between, in any case, letters beyond ASCII too', () => {
    expect(repeated.run('the the council and The the board, café café').map((h) => `${h.text}→${h.suggestions[0]}`)).toEqual(['the the→the', 'The the→The', 'café café→café']);
  });
  test('leaves “had had”, “that that”, words joined by punctuation or figures, and a word inside another', () => {
    expect(repeated.run('he had had it; that that was; the, the; A1 A1; the theatre; caféat café')).toEqual([]);
  });
  test('three in a row are one match', () => {
    expect(repeated.run('the the the end').map((h) => h.text)).toEqual(['the the']);
  });
});

describe('rule labels', () => {
  test('every default rule has a label a sub reads, not its id', () => {
    for (const rule of style.rules) {
      expect(rule.label, rule.id).not.toBe(rule.id);
      expect(rule.label.length, rule.id).toBeGreaterThan(1);
    }
    expect(style.labels['ise-spellings']).toBe('-ise spellings');
  });

  test('without a label, the id in words; built-in checks have their own', () => {
    const { rules } = compileRules(readRulesFile('rules:\n  - id: house-style-one\n    kind: swap\n    level: advice\n    message: x\n    swap:\n      a: b\n').rules);
    expect(rules[0].label).toBe('House style one');
    expect(ruleLabel('spelling-name')).toBe('Names not in the dictionary');
    expect(ruleLabel('spelling')).toBe('Spelling');
    expect(ruleLabel('no-one', { 'no-one': '“No one”' })).toBe('“No one”');
  });

  test('a label that is not text sets the rule aside with its line', () => {
    const file = readRulesFile('rules:\n  - id: x\n    label: [a, b]\n    kind: swap\n    level: advice\n    message: x\n    swap:\n      a: b\n');
    expect(file.rules).toEqual([]);
    expect(file.setAside[0]).toMatchObject({ id: 'x', line: 2 });
    expect(file.setAside[0].reason).toMatch(/label/u);
  });
});
