// The fourth held-out set (test/quotes/heldout-4, see its README): six stories written without
// reading the attribution rules. Three are fit stories, studied for classes to fix (their misses are
// printed); three are kept aside and never opened: only their set figure is printed, so they stay an
// honest estimate for unseen copy. Floors sit at what was measured, so a change that makes unseen copy
// worse fails here; they are not the goal.
import { describe, expect, it } from 'vitest';
import { attributionTable, scoreFolder, setFigure, sumOf } from './score';

const FIT = ['data-breach-building-society', 'obituary-lifeboat-coxswain', 'school-inspection'];
const scores = scoreFolder('heldout-4');
const fit = scores.filter((s) => FIT.includes(s.name));
const aside = scores.filter((s) => !FIT.includes(s.name));

const sum = sumOf;

describe('attribution on the fourth held-out fixtures', () => {
  console.log(attributionTable('held-out 4, fit stories', fit));
  console.log(`held-out 4, aside stories (set figure only): ${setFigure(aside)}`);

  it('has three fit stories and three kept aside', () => {
    expect(fit.length).toBe(3);
    expect(aside.length).toBe(3);
  });

  // Measured when the set was written (code at 9bb1011): 83 right of 103 attributed, 120 labelled.
  it('scores precision 0.80 and recall 0.69 or better over the set (the goal is 0.95 and 0.90)', () => {
    expect(sum(scores, (s) => s.correct) / sum(scores, (s) => s.attributed)).toBeGreaterThanOrEqual(0.8);
    expect(sum(scores, (s) => s.correct) / sum(scores, (s) => s.labelled)).toBeGreaterThanOrEqual(0.69);
  });

  // Each fit story's precision and recall as measured, rounded down, so a failure names the story that fell.
  const floors: Record<string, [precision: number, recall: number]> = {
    'data-breach-building-society': [1, 0.94], // 0.73/0.44 at the start of round 2, 0.87/0.72 at the start of round 3
    'obituary-lifeboat-coxswain': [0.94, 0.94], // 0.74/0.74 at the start of round 2, 0.94/0.89 at the start of round 3
    'school-inspection': [1, 0.85], // 0.80/0.60 at the start of round 2, 0.92/0.60 at the start of round 3
  };
  it('keeps every fit story at or above its measured precision and recall', () => {
    const fell = fit.filter((s) => s.precision < floors[s.name]![0] || s.recall < floors[s.name]![1]);
    expect(fell.map((s) => `${s.name} ${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`)).toEqual([]);
  });

  // The aside stories as a set (never opened; no story named, so a failure prints no miss of theirs).
  // Measured at the start of round 2 (code at 0dcc788): 50 right of 59 attributed, 63 labelled (0.85/0.79).
  // The same at the start and at the end of round 3 (the entity-table rules): 0.85/0.79.
  it('keeps the aside stories at precision 0.84 and recall 0.79 or better as a set', () => {
    const precision = sum(aside, (s) => s.correct) / sum(aside, (s) => s.attributed);
    const recall = sum(aside, (s) => s.correct) / sum(aside, (s) => s.labelled);
    expect(precision).toBeGreaterThanOrEqual(0.84);
    expect(recall).toBeGreaterThanOrEqual(0.79);
  });

  // Three were given a speaker when the set was written: a planning term, a book title, a chant's translation.
  // Round 2: the book title in the fit stories no longer is (the aside set's two remain).
  it('gives no more titles, terms or chants a speaker than it did when the set was written', () => {
    expect(sum(scores, (s) => s.speakerlessGivenSpeaker)).toBeLessThanOrEqual(2);
  });
});
