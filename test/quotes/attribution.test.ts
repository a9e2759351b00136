// The customer's measure on fixtures of our own: precision and recall of
// attributed quotations, per fixture, on the tuning set (test/quotes/fixtures)
// and, apart, on the held-out set (test/quotes/heldout) that no rule was tuned on.
import { describe, expect, it } from 'vitest';
import { attributionTable, scoreFolder, type AttributionScore } from './score';

function totals(scores: readonly AttributionScore[]): { precision: number; recall: number } {
  const t = scores.reduce((a, s) => ({ labelled: a.labelled + s.labelled, attributed: a.attributed + s.attributed, correct: a.correct + s.correct }), { labelled: 0, attributed: 0, correct: 0 });
  return { precision: t.correct / t.attributed, recall: t.correct / t.labelled };
}

/** Fixtures below a floor, as "name 0.67/0.50" (precision/recall), so a failure says which story fell. */
const below = (scores: readonly AttributionScore[], precision: number, recall: number): string[] =>
  scores.filter((s) => s.precision < precision || s.recall < recall).map((s) => `${s.name} ${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`);

describe('attribution on the tuning fixtures', () => {
  const scores = scoreFolder('fixtures');
  console.log(attributionTable('tuning fixtures', scores));

  it('has a dozen or more labelled stories', () => expect(scores.length).toBeGreaterThanOrEqual(12));

  it('reaches the customer’s goal over the set: precision at least 0.95, recall at least 0.90', () => {
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every story above precision 0.8 and recall 0.7', () => {
    expect(below(scores, 0.8, 0.7)).toEqual([]);
  });

  it('gives no title, scare quote or nickname a speaker', () => {
    expect(scores.filter((s) => s.speakerlessGivenSpeaker > 0).map((s) => s.name)).toEqual([]);
  });
});

// Never tuned on (see heldout/README.md): the floors sit just under what the rules scored when
// they were last changed, so a change that makes unseen copy worse fails here.
describe('attribution on the held-out fixtures', () => {
  const scores = scoreFolder('heldout');
  console.log(attributionTable('held-out fixtures', scores));

  it('has four stories kept aside', () => expect(scores.length).toBe(4));

  it('scores precision at least 0.95 and recall at least 0.90 over the set', () => {
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every story above precision 0.7 and recall 0.8', () => {
    expect(below(scores, 0.7, 0.8)).toEqual([]);
  });
});

// The second held-out set (see heldout-2/README.md), written before this session's rule changes.
describe('attribution on the second held-out fixtures', () => {
  const scores = scoreFolder('heldout-2');
  console.log(attributionTable('held-out 2 fixtures', scores));

  it('has five stories kept aside', () => expect(scores.length).toBe(5));

  // Before this session's rule changes the set scored precision 0.63 and recall 0.63 (heldout-2/README.md).
  it('reaches the customer’s goal over the set: precision at least 0.95, recall at least 0.90', () => {
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every story above precision 0.8 and recall 0.8', () => {
    expect(below(scores, 0.8, 0.8)).toEqual([]);
  });

  it('gives no title, scare quote, term of art or text a speaker', () => {
    expect(scores.filter((s) => s.speakerlessGivenSpeaker > 0).map((s) => s.name)).toEqual([]);
  });
});

// The third held-out set (see heldout-3/README.md), written before its author read the rules. The fit
// stories (fit-*) were used to find general classes to fix; the aside stories (aside-*) never were, so
// their figure is the honest one. Floors sit at what was measured after the fixes, not at the goal.
describe('attribution on the third held-out fixtures', () => {
  const all = scoreFolder('heldout-3');
  const fit = all.filter((s) => s.name.startsWith('fit-'));
  const aside = all.filter((s) => s.name.startsWith('aside-'));
  console.log(attributionTable('held-out 3, fit stories', fit));
  console.log(attributionTable('held-out 3, aside stories', aside));

  it('has three fit stories and three kept aside', () => {
    expect(fit.length).toBe(3);
    expect(aside.length).toBe(3);
  });

  // Before the fixes: fit precision 0.84, recall 0.82 (46 right of 55 attributed, 56 labelled); after, 0.96 and 0.95 (53 right).
  it('scores the fit stories at precision 0.96 and recall 0.94 or better over the set', () => {
    const t = totals(fit);
    expect(t.precision).toBeGreaterThanOrEqual(0.96);
    expect(t.recall).toBeGreaterThanOrEqual(0.94);
  });

  // Before and after the fit fixes alike: precision 0.88, recall 0.83 (52 right of 59 attributed, 63 labelled).
  // After the third session's class fixes (the classes the aside misses fell in, each from a fixture of its
  // own in classes-4.test.ts): 1.00 and 0.98 (62 right of 62 attributed). No longer an honest figure for
  // unseen copy: session-aside and heldout-4 are.
  it('scores the aside stories at precision 0.98 and recall 0.96 or better over the set', () => {
    const t = totals(aside);
    expect(t.precision).toBeGreaterThanOrEqual(0.98);
    expect(t.recall).toBeGreaterThanOrEqual(0.96);
  });

  it('keeps every story above precision 0.8 and recall 0.69', () => {
    expect(below(all, 0.8, 0.69)).toEqual([]);
  });

  it('gives no title, nickname or name of a thing a speaker', () => {
    expect(all.filter((s) => s.speakerlessGivenSpeaker > 0).map((s) => s.name)).toEqual([]);
  });
});

// Two stories composed after this session's first rule changes and scored once with no rule changed
// for them (see session-aside/README.md). First run: precision 0.90, recall 0.90 (18 of 20).
describe('attribution on the session-aside stories', () => {
  const scores = scoreFolder('session-aside');
  console.log(attributionTable('session aside', scores));

  it('has two stories kept aside', () => expect(scores.length).toBe(2));

  it('scores precision and recall at least 0.95 over the set', () => {
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no title, nickname or name of a thing a speaker', () => {
    expect(scores.filter((s) => s.speakerlessGivenSpeaker > 0).map((s) => s.name)).toEqual([]);
  });
});

// Three stories composed in round 3 of issue 15, after its entity-table rules existed, labelled before the
// code ran on them (see session-aside-2/README.md). First run: precision 0.86, recall 0.75 (18 right of 21
// attributed, 24 labelled). The classes it showed were then fixed, each tested in other words
// (entities.test.ts): 24 of 24. No longer an honest figure for unseen copy; the floor keeps the fixes.
describe('attribution on the session-aside-2 stories', () => {
  const scores = scoreFolder('session-aside-2');
  console.log(attributionTable('session aside 2', scores));

  it('has three stories', () => expect(scores.length).toBe(3));

  it('scores precision and recall at least 0.95 over the set', () => {
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no title or name of a thing a speaker', () => {
    expect(scores.filter((s) => s.speakerlessGivenSpeaker > 0).map((s) => s.name)).toEqual([]);
  });
});
