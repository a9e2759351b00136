// Quote standing and auto-verify (src/shared/quotes/standing.ts): how each
// tagged quote stands against the sources and with the sub, and which records
// a word-for-word match marks verified as the quote now reads.
import { describe, expect, it } from 'vitest';
import type { QuoteRecord, SourceMaterial } from '../../src/shared/article/model';
import { standingOf, verifyVerbatim } from '../../src/shared/quotes/standing';

const notes: SourceMaterial = {
  id: 'qazi-notes',
  label: 'Phone interview notes, Imdad Qazi',
  text: 'Qazi: This victory of the Taliban will give courage to their followers in Pakistan. We need a serious defence strategy.',
  addedAt: '2026-12-01T09:00:00.000Z',
};
const verbatim = { quoteId: 'q-verbatim', text: 'We need a serious defence strategy.' };
const reworded = { quoteId: 'q-reworded', text: 'We need a strong defence strategy.' };
const absent = { quoteId: 'q-absent', text: 'The weather in Lahore was fine all week and nobody minded.' };

describe('standingOf', () => {
  it('compares with the sources and reads the record', () => {
    const records: QuoteRecord[] = [{ id: 'q-reworded', verifiedText: null, checkedByHand: { note: 'confirmed by phone', at: '2026-12-01T10:00:00.000Z' } }];
    expect(standingOf(verbatim, records, [notes])).toMatchObject({ comparison: { verdict: 'verbatim', sourceId: 'qazi-notes' }, status: 'unchecked' });
    expect(standingOf(reworded, records, [notes])).toMatchObject({ comparison: { verdict: 'differs' }, status: 'checked-by-hand' });
    expect(standingOf(absent, records, [notes]).comparison?.verdict).toBe('not-found');
  });

  it('has no comparison when the story has no sources, and sees an edit since the quote was verified', () => {
    const records: QuoteRecord[] = [{ id: 'q-verbatim', verifiedText: 'We need a defence strategy.', checkedByHand: null }];
    expect(standingOf(verbatim, records, [])).toEqual({ comparison: null, status: 'changed-since-check' });
  });
});

describe('verifyVerbatim', () => {
  it('marks a word-for-word quote verified as it reads, adding its record, and leaves the others', () => {
    const next = verifyVerbatim([verbatim, reworded, absent], [], [notes]);
    expect(next).toEqual([{ id: 'q-verbatim', verifiedText: 'We need a serious defence strategy.', checkedByHand: null }]);
  });

  it('updates an existing record in place and keeps its check by hand', () => {
    const check = { note: 'confirmed by phone', at: '2026-12-01T10:00:00.000Z' };
    const other: QuoteRecord = { id: 'q-other', verifiedText: null, checkedByHand: null };
    const next = verifyVerbatim([verbatim], [other, { id: 'q-verbatim', verifiedText: 'an older reading', checkedByHand: check }], [notes]);
    expect(next).toEqual([other, { id: 'q-verbatim', verifiedText: 'We need a serious defence strategy.', checkedByHand: check }]);
  });

  it('answers null when nothing changes: no sources, or every verbatim quote already verified as it reads', () => {
    expect(verifyVerbatim([verbatim], [], [])).toBeNull();
    expect(verifyVerbatim([verbatim, reworded], [{ id: 'q-verbatim', verifiedText: verbatim.text, checkedByHand: null }], [notes])).toBeNull();
  });
});
