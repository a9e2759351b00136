// The sixth held-out set for checks (test/checks/heldout-6, see its README and its labels' "about"):
// four stories in an international news register, of kinds the earlier sets lack (an earthquake in
// southern Peru, a Polish central bank rate cut, a Georgian film's prize at San Sebastián, a harlequin
// toad found again in Colombia), written without reading the checking rules, run through
// `galley check ID --json` as the customer runs it, imported into a real library whose speaker directory
// is the labels file's. A planted error counts as found when a match of its rule marks its text; any other
// match at error or warning level is a false alarm, and so is any match on a trap. The set is kept aside:
// the test prints each story's counts only, never which error was missed or which word was a false alarm.
// Floors sit at what was measured when the set was written (raised as fixes land, never lowered), so a
// change that makes unseen copy worse fails here.
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHeldOutSet, readLabels, scoreStory, type Found, type PlantedLabels, type StoryScore } from './held-out-run';

const labels = readLabels<PlantedLabels>('heldout-6');
let found = new Map<string, Found[]>();

beforeAll(async () => {
  found = await checkHeldOutSet('heldout-6', labels);
}, 240_000);

describe('sixth held-out set through galley check --json (kept aside: counts only)', () => {
  test('finds planted errors and raises false alarms no worse than when the set was written', () => {
    const scores = labels.stories.map((story) => scoreStory(found.get(story.file)!, story));
    for (const s of scores) console.log(`${s.file}: found ${s.caught}/${s.planted}, false alarms ${s.falseAlarms}, traps hit ${s.trapsHit}`);
    const total = (pick: (s: StoryScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
    console.log(`heldout-6 total: found ${total((s) => s.caught)}/${total((s) => s.planted)}, false alarms ${total((s) => s.falseAlarms)}, traps hit ${total((s) => s.trapsHit)}`);
    expect(total((s) => s.planted)).toBe(45);
    // Measured when the set was written (code at 3757325, the branch's base): found 45 of 45, 15 false alarms, 11 traps hit.
    // Raised after the sixth set's false-alarm classes were fixed in general (held-out-6-classes.test.ts): 45 of 45, 1, 1.
    expect(total((s) => s.caught)).toBeGreaterThanOrEqual(45);
    expect(total((s) => s.falseAlarms)).toBeLessThanOrEqual(1);
    expect(total((s) => s.trapsHit)).toBeLessThanOrEqual(1);
    // Per story, so a failure names the story that fell: [found at least, false alarms at most, traps hit at most].
    const floors: Record<string, [number, number, number]> = {
      'earthquake-peru.txt': [11, 0, 0],
      'rate-cut-poland.txt': [12, 0, 0],
      'festival-prize.txt': [11, 0, 0],
      'toad-found.txt': [11, 1, 1],
    };
    const fell = scores.filter((s) => s.caught < floors[s.file]![0] || s.falseAlarms > floors[s.file]![1] || s.trapsHit > floors[s.file]![2]);
    expect(fell.map((s) => `${s.file} found ${s.caught}, false alarms ${s.falseAlarms}, traps hit ${s.trapsHit}`)).toEqual([]);
  });
});
