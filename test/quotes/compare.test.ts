import { describe, expect, it } from 'vitest';
import { compareWithSources, quoteStatus, NOT_FOUND_BELOW } from '../../src/shared/quotes/compare';

const transcript = {
  id: 'mfa-briefing',
  label: 'Foreign ministry briefing transcript, 17 August',
  text: `Q: What is China's view of the US withdrawal?
HUA CHUNYING: Well, he says that US mission in Afghanistan was never supposed to have been about nation-building, and it's true. The role of the US lies in destruction, not construction. Wherever the US goes — Iraq, Syria, Afghanistan — it leaves turbulence, division and broken families behind.`,
};
const notes = {
  id: 'qazi-notes',
  label: 'Phone interview notes, Imdad Qazi',
  text: `Qazi: This victory of the Taliban will give courage to their followers in Pakistan. We need a serious defence strategy. At the same time the democratic and progressive forces must reorganise their strategies in view of this situation.`,
};
const sources = [notes, transcript];

describe('compareWithSources', () => {
  it('finds a verbatim quote whatever the quotation-mark, dash, spacing and case style', () => {
    const r = compareWithSources('The role of the US lies in destruction,   not CONSTRUCTION.', sources);
    expect(r.verdict).toBe('verbatim');
    expect(r.sourceId).toBe('mfa-briefing');
    expect(r.passage).toBe('The role of the US lies in destruction, not construction');
    expect(r.diff?.every((d) => d.op === 'same')).toBe(true);
  });

  it('folds curly and straight apostrophes', () => {
    expect(compareWithSources('it’s true', sources).verdict).toBe('verbatim');
  });

  it('accepts square brackets standing for the words they replace', () => {
    const r = compareWithSources(
      '[Joe Biden] says that US mission in Afghanistan was never supposed to have been about nation-building, and it’s true,',
      sources,
    );
    expect(r.verdict).toBe('verbatim');
    expect(r.passage).toBe("he says that US mission in Afghanistan was never supposed to have been about nation-building, and it's true");
    expect(r.diff).toEqual([
      { op: 'removed', text: 'he' },
      { op: 'same', text: 'says that US mission in Afghanistan was never supposed to have been about nation building and it’s true' },
    ]);
  });

  it('accepts an ellipsis standing for words left out', () => {
    const r = compareWithSources('Wherever the US goes … it leaves turbulence, division and broken families behind.', sources);
    expect(r.verdict).toBe('verbatim');
    expect(compareWithSources('This victory of the Taliban... at the same time the democratic forces', sources).verdict).toBe('differs');
  });

  it('shows what a misquote changed, word by word, against the real passage', () => {
    const r = compareWithSources('This victory of the Taliban will give great courage to its followers in Pakistan', sources);
    expect(r.verdict).toBe('differs');
    expect(r.sourceId).toBe('qazi-notes');
    expect(r.passage).toBe('This victory of the Taliban will give courage to their followers in Pakistan');
    expect(r.diff).toEqual([
      { op: 'same', text: 'This victory of the Taliban will give' },
      { op: 'added', text: 'great' },
      { op: 'same', text: 'courage to' },
      { op: 'removed', text: 'their' },
      { op: 'added', text: 'its' },
      { op: 'same', text: 'followers in Pakistan' },
    ]);
  });

  it(`says not-found when the best passage shares less than ${NOT_FOUND_BELOW * 100}% of the words`, () => {
    expect(compareWithSources('We will never negotiate with terrorists under any circumstances', sources)).toEqual({ verdict: 'not-found' });
    expect(compareWithSources('The Taliban', [])).toEqual({ verdict: 'not-found' });
    expect(compareWithSources('“ … ”', sources)).toEqual({ verdict: 'not-found' });
  });
});

describe('quoteStatus', () => {
  const at = '2025-08-18T09:00:00.000Z';
  it('says changed-since-check when the text was edited after it was verified', () => {
    expect(quoteStatus({ verifiedText: 'The role of the US lies in destruction.', checkedByHand: null }, 'The role of the US is destruction.')).toBe(
      'changed-since-check',
    );
  });
  it('says verified when only spacing differs, checked-by-hand or unchecked otherwise', () => {
    expect(quoteStatus({ verifiedText: 'The role  of the US', checkedByHand: null }, 'The role of the US ')).toBe('verified');
    expect(quoteStatus({ verifiedText: null, checkedByHand: { note: 'heard it myself', at } }, 'anything')).toBe('checked-by-hand');
    expect(quoteStatus({ verifiedText: null, checkedByHand: null }, 'anything')).toBe('unchecked');
  });
});
