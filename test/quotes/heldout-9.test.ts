// The ninth held-out set (test/quotes/heldout-9, see its README): six stories in the register of an
// open citizen-journalism wiki news site (plain "said", "told NewsCommons", "according to", press
// releases and rulings quoted, quotes from other media, a Q&A interview, one story in ASCII quotes),
// written without reading the attribution rules. The whole set is kept aside: the test prints each
// story's precision and recall and the set figure, never a miss, so whoever works on attribution
// cannot tune on it. Floors sit at what was measured when the set was written, so a change that makes
// unseen copy worse fails here; they are not the goal (0.95 and 0.90).
import { describe, expect, it } from 'vitest';
import { scoreFolder, setFigure, sumOf, type AttributionScore } from './score';

const scores = scoreFolder('heldout-9');
const sum = (pick: (s: AttributionScore) => number): number => sumOf(scores, pick);
const precision = (): number => sum((s) => s.correct) / sum((s) => s.attributed);
const recall = (): number => sum((s) => s.correct) / sum((s) => s.labelled);

describe('attribution on the ninth held-out fixtures (kept aside: figures only)', () => {
  console.log(
    [
      'held-out 9 (aside), per story: precision / recall',
      ...scores.map((s) => `  ${s.name.padEnd(30)} ${s.precision.toFixed(2)} / ${s.recall.toFixed(2)}  (${s.correct} right, ${s.attributed} attributed, ${s.labelled} labelled, ${s.speakerlessGivenSpeaker} speakerless given a speaker)`),
      `  set: ${setFigure(scores)}`,
    ].join('\n'),
  );

  it('has the six stories of the set', () => {
    expect(scores.map((s) => s.name)).toEqual([
      'court-ruling-lagoon',
      'doping-ban-marathon',
      'interview-museum-reopening',
      'regional-election-molise',
      'space-launch-delay',
      'study-green-space-sleep',
    ]);
    expect(sum((s) => s.labelled)).toBe(101);
  });

  // Measured when the set was written (code at 3757325, the branch point of this round): 73 right of 90 attributed, 101 labelled (0.81/0.72).
  it('scores precision 0.81 and recall 0.72 or better over the set (the goal is 0.95 and 0.90)', () => {
    // Raised as fixes landed (session 7: transcript turns, wire-copy name forms): 89 right of 101 attributed, 101 labelled.
    expect(precision()).toBeGreaterThanOrEqual(0.88);
    expect(recall()).toBeGreaterThanOrEqual(0.88);
  });

  // Each story's precision and recall as measured, rounded down, so a failure names the story that fell
  // (its figures only: the misses stay unprinted).
  const floors: Record<string, [precision: number, recall: number]> = {
    'court-ruling-lagoon': [1, 1],
    'doping-ban-marathon': [0.88, 0.88],
    'interview-museum-reopening': [1, 0.94],
    'regional-election-molise': [0.76, 0.76],
    'space-launch-delay': [0.81, 0.81],
    'study-green-space-sleep': [0.82, 0.87],
  };
  it('keeps every story at or above its measured precision and recall', () => {
    const fell = scores.filter((s) => s.precision < floors[s.name]![0] || s.recall < floors[s.name]![1]);
    expect(fell.map((s) => `${s.name} ${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`)).toEqual([]);
  });

  // Of the 11 labelled without a speaker (titles of a paper, a programme and an exhibition, nicknames,
  // epithets, a planning term, a rule book's word), one was given one when the set was written; no more may be.
  it('gives no more scare quotes, nicknames or names of things a speaker than when measured', () => {
    expect(sum((s) => s.speakerlessGivenSpeaker)).toBeLessThanOrEqual(1);
  });
});
