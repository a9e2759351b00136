// The seventh held-out set (test/quotes/heldout-7, see its README): six stories written without
// reading the attribution rules, of kinds no other set has. The whole set is kept aside: the test
// prints each story's precision and recall and the set figure, never a miss, so whoever works on
// attribution cannot tune on it. Round 7 (s6-quotes10) released it for tuning: its misses were read and
// their mechanisms fixed in general, so its figures are fit figures now; heldout-8 gives the unseen one.
// Floors sit at what was last measured, so a change that makes the set worse fails here.
import { describe, expect, it } from 'vitest';
import { scoreFolder, setFigure, sumOf, type AttributionScore } from './score';

const scores = scoreFolder('heldout-7');
const sum = (pick: (s: AttributionScore) => number): number => sumOf(scores, pick);
const precision = (): number => sum((s) => s.correct) / sum((s) => s.attributed);
const recall = (): number => sum((s) => s.correct) / sum((s) => s.labelled);

describe('attribution on the seventh held-out fixtures (kept aside: figures only)', () => {
  console.log(
    [
      'held-out 7 (aside), per story: precision / recall',
      ...scores.map((s) => `  ${s.name.padEnd(30)} ${s.precision.toFixed(2)} / ${s.recall.toFixed(2)}`),
      `  set: ${setFigure(scores)}`,
    ].join('\n'),
  );

  it('has the six stories of the set', () => {
    expect(scores.map((s) => s.name)).toEqual([
      'car-plant-closure',
      'hospital-waiting-list',
      'libel-trial-tv-chef',
      'rugby-cup-final',
      'wire-mine-collapse',
      'zoo-lynx-escape',
    ]);
    expect(sum((s) => s.labelled)).toBe(103);
  });

  // Measured when the set was written (code at 4ea92f7): 74 right of 103 attributed, 103 labelled (0.72/0.72); after round 6, with nobody having read the set, 79 right of 103 (0.77/0.77).
  // Round 7, after reading it and fixing its mechanisms in general: 98 right of 102 attributed (0.96/0.95).
  it('scores precision 0.96 and recall 0.95 or better over the set (the goal is 0.95 and 0.90)', () => {
    expect(precision()).toBeGreaterThanOrEqual(0.96);
    expect(recall()).toBeGreaterThanOrEqual(0.95);
  });

  // Each story's precision and recall as measured, rounded down, so a failure names the story that fell
  // (its figures only: the misses stay unprinted).
  const floors: Record<string, [precision: number, recall: number]> = {
    'car-plant-closure': [1, 1], // 0.61/0.61 at the start of round 7
    'hospital-waiting-list': [1, 1], // 0.92/0.92
    'libel-trial-tv-chef': [0.9, 0.86], // 0.64/0.64
    'rugby-cup-final': [0.9, 0.9], // 0.85/0.85
    'wire-mine-collapse': [1, 1], // 0.64/0.69
    'zoo-lynx-escape': [1, 1], // 1.00/0.94
  };
  it('keeps every story at or above its measured precision and recall', () => {
    const fell = scores.filter((s) => s.precision < floors[s.name]![0] || s.recall < floors[s.name]![1]);
    expect(fell.map((s) => `${s.name} ${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`)).toEqual([]);
  });

  // Of the 13 labelled without a speaker (titles, nicknames, scare quotes, a sign's and a delivery
  // note's wording, a local term), two were given one when the set was written; none since round 7.
  it('gives no scare quote, nickname or name of a thing a speaker', () => {
    expect(sum((s) => s.speakerlessGivenSpeaker)).toBe(0);
  });
});
