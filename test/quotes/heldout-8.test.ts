// The eighth held-out set (test/quotes/heldout-8, see its README): six stories written without
// reading the attribution rules, of kinds no other set has. The whole set is kept aside: the test
// prints each story's precision and recall and the set figure, never a miss, so whoever works on
// attribution cannot tune on it. Floors sit at what was measured when the set was written, so a change
// that makes unseen copy worse fails here; they are not the goal (0.95 and 0.90).
import { describe, expect, it } from 'vitest';
import { scoreFolder, setFigure, sumOf, type AttributionScore } from './score';

const scores = scoreFolder('heldout-8');
const sum = (pick: (s: AttributionScore) => number): number => sumOf(scores, pick);
const precision = (): number => sum((s) => s.correct) / sum((s) => s.attributed);
const recall = (): number => sum((s) => s.correct) / sum((s) => s.labelled);

describe('attribution on the eighth held-out fixtures (kept aside: figures only)', () => {
  console.log(
    [
      'held-out 8 (aside), per story: precision / recall',
      ...scores.map((s) => `  ${s.name.padEnd(30)} ${s.precision.toFixed(2)} / ${s.recall.toFixed(2)}  (${s.correct} right, ${s.attributed} attributed, ${s.labelled} labelled, ${s.speakerlessGivenSpeaker} speakerless given a speaker)`),
      `  set: ${setFigure(scores)}`,
    ].join('\n'),
  );

  it('has the six stories of the set', () => {
    expect(scores.map((s) => s.name)).toEqual([
      'airport-drone-disruption',
      'exam-results-day',
      'festival-storm-cancelled',
      'royal-visit-hospice',
      'water-hosepipe-ban',
      'wire-climate-talks',
    ]);
    expect(sum((s) => s.labelled)).toBe(109);
  });

  // Measured when the set was written (code at a46adce, main as of round 7): 79 right of 103 attributed, 109 labelled (0.77/0.72).
  it('scores precision 0.76 and recall 0.72 or better over the set (the goal is 0.95 and 0.90)', () => {
    expect(precision()).toBeGreaterThanOrEqual(0.76);
    expect(recall()).toBeGreaterThanOrEqual(0.72);
  });

  // Each story's precision and recall as measured, rounded down, so a failure names the story that fell
  // (its figures only: the misses stay unprinted).
  const floors: Record<string, [precision: number, recall: number]> = {
    'airport-drone-disruption': [0.7, 0.73],
    'exam-results-day': [0.82, 0.77],
    'festival-storm-cancelled': [0.93, 0.82],
    'royal-visit-hospice': [0.75, 0.66],
    'water-hosepipe-ban': [0.72, 0.72],
    'wire-climate-talks': [0.7, 0.63],
  };
  it('keeps every story at or above its measured precision and recall', () => {
    const fell = scores.filter((s) => s.precision < floors[s.name]![0] || s.recall < floors[s.name]![1]);
    expect(fell.map((s) => `${s.name} ${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`)).toEqual([]);
  });

  // Of the 11 labelled without a speaker (titles of a campaign, a poem, a report and a website,
  // nicknames, scare quotes, a phrase from a draft), two were given one when the set was written; no
  // more may be.
  it('gives no more scare quotes, nicknames or names of things a speaker than when measured', () => {
    expect(sum((s) => s.speakerlessGivenSpeaker)).toBeLessThanOrEqual(2);
  });
});
