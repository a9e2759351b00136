// The third held-out set for checks (test/checks/heldout-3, see its README and its labels' "about"):
// three stories written without reading the checking rules, run through `galley check ID --json` as
// the customer runs it, imported into a real library whose speaker directory is the labels file's. A
// planted error counts as found when a match of its rule marks its text; any other match at error or
// warning level is a false alarm, and so is any match on a trap. The set is kept aside: the test
// prints each story's counts only, never which error was missed or which word was a false alarm.
// Floors sit at what was measured when the set was written, so a change that makes unseen copy worse
// fails here.
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHeldOutSet, readLabels, scoreStory, type Found, type PlantedLabels, type StoryScore } from './held-out-run';

const labels = readLabels<PlantedLabels>('heldout-3');
let found = new Map<string, Found[]>();

beforeAll(async () => {
  found = await checkHeldOutSet('heldout-3', labels);
}, 180_000);

describe('third held-out set through galley check --json (kept aside: counts only)', () => {
  test('finds planted errors and raises false alarms no worse than when the set was written', () => {
    const scores = labels.stories.map((story) => scoreStory(found.get(story.file)!, story));
    for (const s of scores) console.log(`${s.file}: found ${s.caught}/${s.planted}, false alarms ${s.falseAlarms}, traps hit ${s.trapsHit}`);
    const total = (pick: (s: StoryScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
    expect(total((s) => s.planted)).toBe(38);
    // Measured when the set was written (code at b11d8cc): found 37 of 38, 3 false alarms, 2 traps hit.
    // After four classes were fixed in other words (test/checks/held-out-classes.test.ts): 38 of 38, none false,
    // none on a trap. The set is no longer unseen; the first figure above is its honest one.
    expect(total((s) => s.caught)).toBeGreaterThanOrEqual(38);
    expect(total((s) => s.falseAlarms)).toBeLessThanOrEqual(0);
    expect(total((s) => s.trapsHit)).toBeLessThanOrEqual(0);
    // Per story, so a failure names the story that fell: [found at least, false alarms at most].
    const floors: Record<string, [number, number]> = { 'river-swim.txt': [12, 0], 'terror-trial.txt': [13, 0], 'council-budget.txt': [13, 0] };
    const fell = scores.filter((s) => s.caught < floors[s.file]![0] || s.falseAlarms > floors[s.file]![1]);
    expect(fell.map((s) => `${s.file} found ${s.caught}, false alarms ${s.falseAlarms}`)).toEqual([]);
  });
});
