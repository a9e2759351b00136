// The customer's measure on fixtures of our own: precision and recall of
// attributed quotations, per fixture, on the tuning set (test/quotes/fixtures)
// and, apart, on the held-out set (test/quotes/heldout) that no rule was tuned on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';
import { attributionScore, attributionTable, type AttributionScore, type Fixture } from './score';

function scoreFolder(folder: string): AttributionScore[] {
  const dir = join(__dirname, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const fixture = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture;
      return attributionScore(f.replace(/\.json$/u, ''), fixture, detectQuotes(fixture.paragraphs));
    });
}

describe('attribution on the tuning fixtures', () => {
  const scores = scoreFolder('fixtures');
  console.log(attributionTable('tuning fixtures', scores));
  it('prints', () => expect(scores.length).toBeGreaterThan(0));
});

describe('attribution on the held-out fixtures', () => {
  const scores = scoreFolder('heldout');
  console.log(attributionTable('held-out fixtures', scores));
  it('prints', () => expect(scores.length).toBeGreaterThan(0));
});
