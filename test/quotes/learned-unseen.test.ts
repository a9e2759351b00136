// Issue 15, round 9: the learned model chosen by cross-validation (learned-cv.test.ts: the hybrid, rules
// first and the model deciding where they abstain or where it overrules them at 0.8), trained on every
// readable set, scored on the sets nobody tuning may read: held-out 8, held-out 4's aside stories, and
// held-out 9 when it is there. Set figures only, beside the rules' own, never a miss or a text.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFolder, setFigure } from './score';
import { folderCases, READABLE } from './learn/candidates';
import { hybrid, rules, scoreStory, train } from './learn/ranker';

const FIT_4 = ['data-breach-building-society', 'obituary-lifeboat-coxswain', 'school-inspection'];
const UNSEEN: Array<[string, string, (story: string) => boolean]> = [
  ['held-out 8', 'heldout-8', () => true],
  ['held-out 4 aside', 'heldout-4', (s) => !FIT_4.includes(s)],
  ...(existsSync(join(__dirname, 'heldout-9')) ? [['held-out 9', 'heldout-9', () => true] as [string, string, (s: string) => boolean]] : []),
];

const weights = train(READABLE.flatMap(([set, keep]) => folderCases(set, keep)).flatMap((s) => s.cases));
const chosen = hybrid(weights, 0.5, 0.8);

describe('the chosen learned model on the unseen sets (figures only)', () => {
  const figures = UNSEEN.map(([title, folder, keep]) => {
    const stories = folderCases(folder, keep);
    return { title, folder, keep, rules: setFigure(stories.map((s) => scoreStory(s, rules))), learned: setFigure(stories.map((s) => scoreStory(s, chosen))) };
  });
  console.log(figures.flatMap((f) => [`${f.title}, rules:   ${f.rules}`, `${f.title}, learned: ${f.learned}`]).join('\n'));

  it('scores the rules on each unseen set exactly as its own test does', () => {
    for (const f of figures) expect(f.rules).toBe(setFigure(scoreFolder(f.folder).filter((s) => f.keep(s.name))));
  });
});
