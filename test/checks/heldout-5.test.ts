// The fifth held-out set for checks (test/checks/heldout-5, see its README and its labels' "about"):
// four stories of kinds the earlier sets lack (a lifeboat rescue, a Roman coin hoard at a treasure
// inquest, a landlord fined over black mould, a village cricket final), written without reading the
// checking rules, run through `galley check ID --json` as the customer runs it, imported into a real
// library whose speaker directory is the labels file's. A planted error counts as found when a match of
// its rule marks its text; any other match at error or warning level is a false alarm, and so is any
// match on a trap. The set is kept aside: the test prints each story's counts only, never which error was
// missed or which word was a false alarm. Floors sit at what was measured when the set was written (raised
// as fixes land, never lowered), so a change that makes unseen copy worse fails here.
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHeldOutSet, readLabels, scoreStory, type Found, type PlantedLabels, type StoryScore } from './held-out-run';

const labels = readLabels<PlantedLabels>('heldout-5');
let found = new Map<string, Found[]>();

beforeAll(async () => {
  found = await checkHeldOutSet('heldout-5', labels);
}, 240_000);

describe('fifth held-out set through galley check --json (kept aside: counts only)', () => {
  test('finds planted errors and raises false alarms no worse than when the set was written', () => {
    const scores = labels.stories.map((story) => scoreStory(found.get(story.file)!, story));
    for (const s of scores) console.log(`${s.file}: found ${s.caught}/${s.planted}, false alarms ${s.falseAlarms}, traps hit ${s.trapsHit}`);
    const total = (pick: (s: StoryScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
    console.log(`heldout-5 total: found ${total((s) => s.caught)}/${total((s) => s.planted)}, false alarms ${total((s) => s.falseAlarms)}, traps hit ${total((s) => s.trapsHit)}`);
    expect(total((s) => s.planted)).toBe(45);
    // Measured when the set was written (code at a46adce, the branch's base): found 42 of 45, 12 false alarms, 6 traps hit.
    // Raised after the set's classes were fixed (session 6; the set is no longer unseen, see its README): 44 of 45, 2 false alarms, 0 traps.
    expect(total((s) => s.caught)).toBeGreaterThanOrEqual(44);
    expect(total((s) => s.falseAlarms)).toBeLessThanOrEqual(2);
    expect(total((s) => s.trapsHit)).toBeLessThanOrEqual(0);
    // Per story, so a failure names the story that fell: [found at least, false alarms at most, traps hit at most].
    const floors: Record<string, [number, number, number]> = {
      'lifeboat-rescue.txt': [10, 0, 0],
      'coin-hoard.txt': [11, 1, 0],
      'damp-flat.txt': [11, 1, 0],
      'village-cricket.txt': [12, 0, 0],
    };
    const fell = scores.filter((s) => s.caught < floors[s.file]![0] || s.falseAlarms > floors[s.file]![1] || s.trapsHit > floors[s.file]![2]);
    expect(fell.map((s) => `${s.file} found ${s.caught}, false alarms ${s.falseAlarms}, traps hit ${s.trapsHit}`)).toEqual([]);
  });
});
