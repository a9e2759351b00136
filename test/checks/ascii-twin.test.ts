// A pattern's ASCII twin (ascii-twin.ts) runs only on copy whose letters,
// marks and figures are all ASCII, and there must find exactly what the
// pattern finds: checked on every default pattern rule, over its own
// examples and news copy with curly quotes, dashes and currency signs.
import { describe, expect, test } from 'vitest';
import { asciiTwin } from '../../src/shared/checks/ascii-twin';
import { loadHouseStyle } from '../../src/shared/checks/house-style';
import { scanBlock } from '../../src/shared/checks/scan';
import { body, DEFAULT_RULES_TEXT, defaultChecker } from './setup';

const style = loadHouseStyle(DEFAULT_RULES_TEXT);

describe('the ASCII twin of a pattern', () => {
  test('writes letter, mark and figure classes as ASCII ranges, inside a class and out, and leaves escapes alone', () => {
    expect(asciiTwin(String.raw`\b(\p{Lu})\.(\p{Lu})\.`)).toBe(String.raw`\b([A-Z])\.([A-Z])\.`);
    expect(asciiTwin(String.raw`(?<![\p{L}\p{N}])x\P{M}`)).toBe(String.raw`(?<![A-Za-z0-9])x[^]`);
    expect(asciiTwin(String.raw`[\p{Ll}\]]\\p{L}\p{gc=Nd}`)).toBe(String.raw`[a-z\]]\\p{L}[0-9]`);
    expect(asciiTwin(String.raw`\p{Lo}+`)).toBe('[]+');
  });

  test('has none when there is nothing to write, or a class it cannot state', () => {
    expect(asciiTwin(String.raw`\bper cent\b`)).toBeNull();
    expect(asciiTwin(String.raw`\p{Script=Latin}`)).toBeNull();
    expect(asciiTwin(String.raw`\p{P}`)).toBeNull();
    expect(asciiTwin(String.raw`[^\P{L}]`)).toBeNull();
  });

  test('the walk says which copy is plain: curly quotes and dashes are, an accented letter, a mark or a non-ASCII figure is not', () => {
    expect(scanBlock('“It is overdue,” said Cllr Ann Lee — £5 or €6.').wide).toBe(false);
    for (const text of ['Sinéad said so.', 'cafe\u0301 au lait', 'a ² b', '𝐀lpha']) expect(scanBlock(text).wide, text).toBe(true);
  });

  test('every default pattern rule finds the same with its twin on plain copy', () => {
    const copy = [
      '“It is overdue,” said Cllr Ann Lee. J.K. Rowling, A.J.P. Taylor and U.S. officials met at 10.30am — on 7 Dec. 2026.',
      'Mr. Khan and Dr. Okafor said the Government would spend £3.00 and £5m, up 10% or 12 percent, in the 1990’s; the 21st Century.',
      'The Prime Minister and the Labour Party  said suicide rates in the sixties were organized and analyzed at 10:00 pm and 9 am.',
    ];
    let compared = 0;
    let found = 0;
    for (const rule of style.rules.filter((r) => r.kind === 'pattern')) {
      const texts = [...copy, ...rule.examples.flag, ...rule.examples.leave].filter((t) => !scanBlock(t).wide);
      for (const text of texts) {
        const withTwin = rule.run(text, true);
        expect(withTwin, `${rule.id}: ${text}`).toEqual(rule.run(text));
        compared++;
        found += withTwin.length;
      }
    }
    expect(compared).toBeGreaterThan(60);
    expect(found).toBeGreaterThan(30);
  });

  test('a story with an accented name is checked with the patterns as written, and finds what each block alone finds', () => {
    const checker = defaultChecker();
    const paragraphs = ['Sinéad O’Brien met É.B. White and J.K. Rowling.', 'Mr. Khan said so.'];
    const together = checker.checkBlocks(body(...paragraphs)).map((ms) => ms.map((m) => `${m.ruleId}:${m.text}`));
    const alone = paragraphs.map((p) => checker.checkBlocks(body(p))[0].map((m) => `${m.ruleId}:${m.text}`));
    expect(together).toEqual(alone);
    expect(together[0]).toContain('initials-no-stops:J.K.');
    expect(together[1]).toContain('titles-no-stop:Mr.');
  });
});
