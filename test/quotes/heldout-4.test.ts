// The fourth held-out set (test/quotes/heldout-4, see its README): six stories written without
// reading the attribution rules and never used to change one. Floors sit at what the rules scored
// when the set was written, so a change that makes unseen copy worse fails here; they are not the goal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';
import { attributionScore, attributionTable, type AttributionScore, type Fixture } from './score';

const dir = join(__dirname, 'heldout-4');
const scores: AttributionScore[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const fixture = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture;
    return attributionScore(f.replace(/\.json$/u, ''), fixture, detectQuotes(fixture.paragraphs));
  });

const sum = (pick: (s: AttributionScore) => number): number => scores.reduce((a, s) => a + pick(s), 0);

describe('attribution on the fourth held-out fixtures', () => {
  console.log(attributionTable('held-out 4 fixtures', scores));

  it('has six stories kept aside', () => expect(scores.length).toBe(6));

  // Measured when the set was written (code at 9bb1011): 83 right of 103 attributed, 120 labelled.
  it('scores precision 0.80 and recall 0.69 or better over the set (the goal is 0.95 and 0.90)', () => {
    expect(sum((s) => s.correct) / sum((s) => s.attributed)).toBeGreaterThanOrEqual(0.8);
    expect(sum((s) => s.correct) / sum((s) => s.labelled)).toBeGreaterThanOrEqual(0.69);
  });

  // Each story's precision and recall as measured, rounded down, so a failure names the story that fell.
  const floors: Record<string, [precision: number, recall: number]> = {
    'council-planning-row': [0.95, 0.9],
    'data-breach-building-society': [0.72, 0.44],
    'obituary-lifeboat-coxswain': [0.73, 0.73],
    'school-inspection': [0.8, 0.6],
    'transfer-deadline-day': [0.77, 0.73],
    'wire-foreign-election': [0.81, 0.68],
  };
  it('keeps every story at or above its measured precision and recall', () => {
    const fell = scores.filter((s) => s.precision < floors[s.name]![0] || s.recall < floors[s.name]![1]);
    expect(fell.map((s) => `${s.name} ${s.precision.toFixed(2)}/${s.recall.toFixed(2)}`)).toEqual([]);
  });

  // Three were given a speaker when the set was written: a planning term, a book title, a chant's translation.
  it('gives no more titles, terms or chants a speaker than it did when the set was written', () => {
    expect(sum((s) => s.speakerlessGivenSpeaker)).toBeLessThanOrEqual(3);
  });
});
