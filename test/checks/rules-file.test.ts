import { describe, expect, test } from 'vitest';
import { testRuleExamples } from '../../src/shared/checks/examples';
import { loadHouseStyle } from '../../src/shared/checks/house-style';
import { body, DEFAULT_RULES_TEXT, defaultChecker } from './setup';

describe('the default house style', () => {
  const style = loadHouseStyle(DEFAULT_RULES_TEXT);

  test('holds at least 40 rules, every one loads, and each has examples to flag and to leave', () => {
    expect(style.setAside).toEqual([]);
    expect(style.rules.length).toBeGreaterThanOrEqual(40);
    for (const rule of style.rules) {
      expect(rule.examples.flag.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.leave.length, rule.id).toBeGreaterThan(0);
    }
  });

  test('every rule behaves as its examples say', () => {
    const { failures, run } = testRuleExamples(style.rules);
    expect(failures).toEqual([]);
    expect(run).toBeGreaterThan(150);
  });

  test('every pattern runs on the native engine (none judged able to backtrack)', () => {
    expect(style.rules.filter((r) => r.linear).map((r) => r.id)).toEqual([]);
  });

  test('the British staples: per cent, Mr, -ise, among, towards, Isis, al-Qaida, Covid, no one, dates, the government', () => {
    const checker = defaultChecker();
    const text = 'The Government said 5% of ISIS and al-Qaeda fighters, amongst them no-one from COVID wards, will organise toward Kiev on December 7, said Dr. Khan.';
    const found = checker.checkStory(body(text)).filter((m) => m.kind === 'style').map((m) => `${m.ruleId}→${m.suggestions[0]}`);
    expect(found).toEqual([
      'the-government-lower-case→The government',
      'per-cent→5 per cent',
      'isis→Isis',
      'al-qaida→al-Qaida',
      'among→among',
      'no-one→no one',
      'covid→Covid',
      'towards→towards',
      'kyiv→Kyiv',
      'dates→7 December',
      'titles-no-stop→Dr',
    ]);
  });
});

describe('a bad rules file never stops the checks', () => {
  const good = (id: string) => `  - id: ${id}\n    kind: swap\n    level: warning\n    message: Write among.\n    swap:\n      amongst: among\n`;

  test('bad YAML in one rule sets aside that rule, with its line, and the others load', () => {
    const text = `rules:\n${good('one')}  - id: broken\n    kind: swap\n    message: "never closed\n    level: error\n${good('three')}`;
    const style = loadHouseStyle(text);
    expect(style.rules.map((r) => r.id)).toEqual(['one', 'three']);
    expect(style.setAside).toHaveLength(1);
    expect(style.setAside[0]).toMatchObject({ id: 'broken', line: 8 });
    expect(style.setAside[0].reason).toMatch(/not readable YAML/u);
  });

  test('a duplicate id, an invalid pattern, an unknown kind and a missing message are each set aside with line and reason', () => {
    const text = [
      'rules:',
      good('one').trimEnd(),
      good('one').trimEnd(),
      '  - id: bad-pattern\n    kind: pattern\n    level: error\n    message: x\n    pattern: "(unclosed"',
      '  - id: odd\n    kind: magic\n    level: error\n    message: x',
      '  - id: quiet\n    kind: swap\n    level: error\n    swap:\n      a: b',
      '  - id: unknown-coded\n    kind: coded\n    check: spell-everything\n    level: error\n    message: x',
    ].join('\n');
    const style = loadHouseStyle(text);
    expect(style.rules.map((r) => r.id)).toEqual(['one']);
    expect(style.setAside.map((s) => [s.id, s.line])).toEqual([
      ['one', 8],
      ['bad-pattern', 14],
      ['odd', 19],
      ['quiet', 23],
      ['unknown-coded', 28],
    ]);
    expect(style.setAside[0].reason).toMatch(/already used by the rule on line 2/u);
    expect(style.setAside[1].reason).toMatch(/not a valid regular expression/u);
    expect(style.setAside[2].reason).toMatch(/“kind” must be one of/u);
    expect(style.setAside[3].reason).toMatch(/needs a “message”/u);
    expect(style.setAside[4].reason).toMatch(/no coded rule “spell-everything”/u);
  });

  test('a file that is not YAML at all, or has no rules list, loads nothing and says why', () => {
    expect(loadHouseStyle('{{{ not: [yaml').setAside[0].reason).toMatch(/not readable YAML/u);
    expect(loadHouseStyle('colour: blue\n').setAside[0].reason).toMatch(/no “rules:” list/u);
    expect(loadHouseStyle('')).toEqual({ rules: [], setAside: [], words: [], labels: {} });
  });

  test('a known ReDoS pattern runs in linear time on the copy that would hang a backtracking engine', () => {
    const text = 'rules:\n  - id: redos\n    kind: pattern\n    level: advice\n    message: nested repeat\n    pattern: "(a+)+$"\n    examples:\n      flag: ["aaaa"]\n      leave: ["aaab"]\n';
    const style = loadHouseStyle(text);
    expect(style.setAside).toEqual([]);
    expect(style.rules[0].linear).toBe(true);
    // Thirty-five a's then a b: a backtracking engine tries 2^35 ways before giving up.
    const evil = `${'a'.repeat(35)}b`;
    expect(style.rules[0].run(evil)).toEqual([]);
    expect(testRuleExamples(style.rules).failures).toEqual([]);
    const checker = defaultChecker({ houseStyle: style });
    expect(checker.checkStory(body(evil)).filter((m) => m.kind === 'style')).toEqual([]);
  });

  test('a ReDoS pattern the linear engine cannot run (back-reference) is set aside, not run', () => {
    const style = loadHouseStyle('rules:\n  - id: hang\n    kind: pattern\n    level: advice\n    message: x\n    pattern: "((a|aa)+)\\\\1$"\n');
    expect(style.rules).toEqual([]);
    expect(style.setAside[0]).toMatchObject({ id: 'hang', line: 2 });
    expect(style.setAside[0].reason).toMatch(/can take minutes/u);
  });

  test('a rule that takes too long on a paragraph is set aside for the session, and the other rules still run', () => {
    const style = loadHouseStyle(`rules:\n${good('among')}`);
    let now = 0;
    const slowClock = () => (now += 1_000);
    const checker = defaultChecker({ houseStyle: style, clock: slowClock, ruleBudgetMs: 500 });
    expect(checker.checkStory(body('amongst them')).filter((m) => m.kind === 'style')).toHaveLength(1);
    expect(checker.setAside[0]).toMatchObject({ id: 'among', line: 2 });
    expect(checker.setAside[0].reason).toMatch(/too long/u);
    expect(checker.checkStory(body('amongst them')).filter((m) => m.kind === 'style')).toEqual([]);
  });
});
