// Copyfit's arithmetic on what the browser measured, and the words a sub reads.
import { describe, expect, it } from 'vitest';
import { columnAt, copyfitResult, lineAt, linesPerColumn, linesUsed } from '../../src/shared/layout/copyfit';

describe('copyfit figures', () => {
  it('says over by lines and words, short by lines, or fits', () => {
    expect(copyfitResult({ capacity: 120, used: 126, overWords: 58, overmatterFrom: 900 })).toEqual({
      state: 'over',
      lines: 6,
      words: 58,
      message: 'over by 6 lines (58 words)',
      overmatterFrom: 900,
    });
    expect(copyfitResult({ capacity: 120, used: 117, overWords: 0, overmatterFrom: null })).toEqual({
      state: 'short',
      lines: 3,
      words: 0,
      message: 'short by 3 lines',
      overmatterFrom: null,
    });
    expect(copyfitResult({ capacity: 120, used: 120, overWords: 0, overmatterFrom: null }).message).toBe('fits');
    expect(copyfitResult({ capacity: 120, used: 121, overWords: 1, overmatterFrom: 5 }).message).toBe('over by 1 line (1 word)');
    expect(copyfitResult({ capacity: 120, used: 119, overWords: 0, overmatterFrom: null }).message).toBe('short by 1 line');
  });

  it('calls it over when a word is past the slot even if the column count says otherwise', () => {
    // A pull quote kept whole leaves a column's foot empty: the lines add up, but copy is outside.
    expect(copyfitResult({ capacity: 120, used: 118, overWords: 4, overmatterFrom: 77 }).state).toBe('over');
  });

  it('says the headline alone overruns the slot when the head runs past its foot, whatever the copy', () => {
    expect(copyfitResult({ capacity: 0, used: 31, overWords: 395, overmatterFrom: 1, headOverrunLines: 4 })).toEqual({
      state: 'over',
      lines: 35,
      words: 395,
      message: 'the headline alone runs 4 lines past the slot (395 words over)',
      overmatterFrom: 1,
    });
    expect(copyfitResult({ capacity: 0, used: 0, overWords: 0, overmatterFrom: null, headOverrunLines: 1 }).message).toBe(
      'the headline alone runs 1 line past the slot (0 words over)',
    );
    expect(copyfitResult({ capacity: 120, used: 117, overWords: 0, overmatterFrom: null, headOverrunLines: 0 }).message).toBe('short by 3 lines');
  });

  it('counts whole lines in a column, allowing for sub-pixel heights', () => {
    expect(linesPerColumn(14 * 40, 14)).toBe(40);
    expect(linesPerColumn(14 * 40 - 0.1, 14)).toBe(40);
    expect(linesPerColumn(14 * 40 - 7, 14)).toBe(39);
    expect(linesPerColumn(100, 0)).toBe(0);
  });

  it('places a point in its column and line, overflow columns counting on', () => {
    // Columns 170 px wide with 15 px gutters.
    expect(columnAt(0, 170, 15)).toBe(0);
    expect(columnAt(169, 170, 15)).toBe(0);
    expect(columnAt(185, 170, 15)).toBe(1);
    expect(columnAt(4 * 185, 170, 15)).toBe(4);
    expect(lineAt(7, 14)).toBe(1);
    expect(lineAt(14 * 9 + 7, 14)).toBe(10);
    expect(linesUsed(2, 10, 40)).toBe(90);
  });
});
