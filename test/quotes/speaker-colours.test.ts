// The story palette, measured: twelve looks, every pair of colours plainly
// different (CIE76 ΔE ≥ 20) in normal vision, and entries that share an
// underline style still ΔE ≥ 20 apart for protanopia, deuteranopia and
// tritanopia (Machado 2009, full severity); clear of the error red; readable
// against both themes' pages; and per story, no two speakers share a look.
import { describe, expect, it } from 'vitest';
import { ERROR_RED, SPEAKER_PALETTE, speakerLook, storySpeakerOrder } from '../../src/shared/speakers/palette';
import { speakerColourCss } from '../../src/renderer/quotes/speaker-colour-css';
import { contrast, deltaE, type Vision } from './colour-vision';

const DEFICIENT: Vision[] = ['protanopia', 'deuteranopia', 'tritanopia'];
const PAGE = { light: '#ffffff', dark: '#1e1e1e' } as const;
const pairs = <T,>(xs: readonly T[]): Array<[T, T]> => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));

describe('the speaker palette', () => {
  it('has room for the busiest stories: twelve looks', () => {
    expect(SPEAKER_PALETTE.length).toBeGreaterThanOrEqual(12);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every pair of colours plainly apart in the ${theme} theme`, () => {
      const close = pairs(SPEAKER_PALETTE).filter(([a, b]) => deltaE(a[theme], b[theme]) < 20).map(([a, b]) => `${a[theme]}~${b[theme]}`);
      expect(close).toEqual([]);
    });

    it(`keeps entries with the same underline apart for colour-blind readers in the ${theme} theme`, () => {
      const close = pairs(SPEAKER_PALETTE)
        .filter(([a, b]) => a.line === b.line)
        .flatMap(([a, b]) => DEFICIENT.filter((v) => deltaE(a[theme], b[theme], v) < 20).map((v) => `${a[theme]}~${b[theme]} (${v})`));
      expect(close).toEqual([]);
    });

    it(`keeps clear of the error red in the ${theme} theme, for every kind of vision`, () => {
      const red = ERROR_RED[theme];
      expect(SPEAKER_PALETTE.filter((s) => deltaE(s[theme], red) < 25).map((s) => s[theme])).toEqual([]);
      expect(SPEAKER_PALETTE.filter((s) => DEFICIENT.some((v) => deltaE(s[theme], red, v) < 12)).map((s) => s[theme])).toEqual([]);
    });

    it(`stands out from the ${theme} page (contrast at least 3.5:1)`, () => {
      expect(SPEAKER_PALETTE.filter((s) => contrast(s[theme], PAGE[theme]) < 3.5).map((s) => s[theme])).toEqual([]);
    });
  }
});

describe('colours in one story', () => {
  it('gives six speakers six different colours, in order of first appearance', () => {
    const order = storySpeakerOrder(['a', 'b', null, 'a', 'c', 'd', 'e', 'b', 'f']);
    expect([...order]).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3], ['e', 4], ['f', 5]]);
    const colours = [...order.values()].map((n) => speakerLook(n).light);
    expect(new Set(colours).size).toBe(6);
  });

  it('gives twelve speakers twelve colours, and past twelve never repeats a colour with the same underline', () => {
    const looks = Array.from({ length: 24 }, (_, n) => speakerLook(n));
    expect(new Set(looks.slice(0, 12).map((l) => l.light)).size).toBe(12);
    expect(new Set(looks.map((l) => `${l.light}/${l.line}`)).size).toBe(24);
  });

  it('writes one rule per speaker and theme, keyed by the id the quote marks carry', () => {
    const css = speakerColourCss(storySpeakerOrder(['qazi', 'hua']));
    expect(css).toContain(`.body-copy .quote-mark[data-speaker-id="qazi"] { background: ${SPEAKER_PALETTE[0].light}1f; border-bottom: 2px solid ${SPEAKER_PALETTE[0].light}; }`);
    expect(css).toContain(`@media (prefers-color-scheme: dark)`);
    expect(css).toContain(`[data-speaker-id="hua"] { background: ${SPEAKER_PALETTE[1].dark}38;`);
    expect(speakerColourCss(new Map())).toBe('');
  });

  it('escapes an id that could end the selector', () => {
    const css = speakerColourCss(storySpeakerOrder(['"] {} body { color: red']));
    expect(css).not.toContain('"] {}');
  });
});
