// The spelling walk reads the gap between two words in place for a sentence
// break instead of cutting it out for the pattern: the two must agree on
// every gap, including the awkward ones (quotes both sides, a line break
// after a stop, unicode spaces, brackets).
import { describe, expect, test } from 'vitest';
import { SENTENCE_BREAK, sentenceBreakBetween, wordTokens } from '../../src/shared/checks/tokens';

const PIECES = ['.', '!', '?', ':', '…', ',', ';', '"', "'", '“', '”', '‘', '’', '(', ')', '[', ']', ' ', ' ', '\n', '\t', '\u00a0', '\u2003', '-', '—', '*'];

describe('sentenceBreakBetween', () => {
  test('agrees with SENTENCE_BREAK on 20,000 random gaps and every gap of one to three pieces', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const gaps: string[] = [];
    for (const a of PIECES) for (const b of PIECES) for (const c of ['', ...PIECES]) gaps.push(a + b + c);
    for (let n = 0; n < 20_000; n++) {
      let gap = '';
      for (let i = 1 + Math.floor(random() * 7); i > 0; i--) gap += PIECES[Math.floor(random() * PIECES.length)];
      gaps.push(gap);
    }
    let breaks = 0;
    for (const gap of gaps) {
      const text = `word${gap}Next`;
      const expected = SENTENCE_BREAK.test(gap);
      if (expected) breaks++;
      expect(sentenceBreakBetween(text, 4, 4 + gap.length), JSON.stringify(gap)).toBe(expected);
    }
    // Both answers are common among the gaps, so the agreement says something.
    expect(breaks).toBeGreaterThan(gaps.length / 10);
    expect(breaks).toBeLessThan(gaps.length * 0.9);
  });

  test('a word after a stop opens a sentence; after a title’s stop or a comma it does not', () => {
    const opens = (text: string) => wordTokens(text).filter((t) => t.sentenceStart).map((t) => t.text);
    expect(opens('He left. “Then we went,” said Mr. Qazi.\n(Smith) agreed: Yes, Dr. Ayer said.')).toEqual(['He', 'Then', 'Smith', 'Yes']);
  });
});
