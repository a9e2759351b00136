// When the checks answer after a pause with the matches already underlined,
// the body's decoration set is kept (no transaction, nothing for the view to
// compare); any difference a popover or a fix would read sets it again.
import { describe, expect, it } from 'vitest';
import { sameUnderlines, type PlacedMatch } from '../../src/renderer/checks/checks-plugin';
import type { CheckMatch } from '../../src/shared/checks/model';

const match = (over: Partial<CheckMatch> = {}): CheckMatch => ({ ruleId: 'per-cent', kind: 'style', level: 'warning', message: 'Write “per cent”.', block: 2, start: 4, end: 5, text: '%', suggestions: [' per cent'], ...over }) as CheckMatch;
const at = (from: number, m = match()): PlacedMatch => ({ match: m, from, to: from + 1 });

describe('sameUnderlines', () => {
  it('holds for the same matches at the same places, in any order', () => {
    expect(sameUnderlines([at(10), at(40, match({ start: 7, end: 8 }))], [at(40, match({ start: 7, end: 8 })), at(10)])).toBe(true);
    expect(sameUnderlines([], [])).toBe(true);
  });

  it('fails when a match moved, was added or dropped, or says or offers something else', () => {
    expect(sameUnderlines([at(10)], [at(11)])).toBe(false);
    expect(sameUnderlines([at(10)], [at(10), at(40)])).toBe(false);
    expect(sameUnderlines([at(10), at(40)], [at(10)])).toBe(false);
    expect(sameUnderlines([at(10)], [at(10, match({ suggestions: ['per cent'] }))])).toBe(false);
    expect(sameUnderlines([at(10)], [at(10, match({ message: 'Other.' }))])).toBe(false);
    // The headline emptied: the same body range is a different block of the list checked.
    expect(sameUnderlines([at(10)], [at(10, match({ block: 1 }))])).toBe(false);
    expect(sameUnderlines([at(10)], [at(10, match({ level: 'error' } as Partial<CheckMatch>))])).toBe(false);
  });
});
