// The second held-out set for checks (test/checks/heldout-2, see its labels' "about"): three stories
// written without reading the checking rules, run through `galley check ID --json` as the customer
// runs it, imported into a real library whose speaker directory is the labels file's. A planted error
// counts as found when a match of its rule marks its text; any other match at error or warning level
// is a false alarm, and so is any match on a trap. Floors sit at what was measured when the set was
// written (see heldout-2/README.md), so a change that makes unseen copy worse fails here.
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHeldOutSet, readLabels, type Found, type HeldOutLabels } from './held-out-run';

interface Labels extends HeldOutLabels {
  stories: Array<{ file: string; planted: Array<{ rule: string; text: string }>; traps: string[] }>;
}

const labels = readLabels<Labels>('heldout-2');
let found = new Map<string, Found[]>();

beforeAll(async () => {
  found = await checkHeldOutSet('heldout-2', labels);
}, 180_000);

interface StoryScore {
  file: string;
  planted: number;
  caught: number;
  missed: string[];
  falseAlarms: string[];
  trapsHit: string[];
}

/**
 * Found, missed and false alarms of one story. A trap is hit when a false alarm marks it or a piece
 * of it: "optimize" marked inside the address "www.optimize-labs.co.uk" hits that trap.
 */
function scoreStory(story: Labels['stories'][number]): StoryScore {
  const matches = found.get(story.file)!.filter((m) => m.level !== 'advice');
  const left = [...matches];
  const missed: string[] = [];
  for (const p of story.planted) {
    const at = left.findIndex((m) => m.rule === p.rule && m.text === p.text);
    if (at < 0) missed.push(`${p.rule} “${p.text}”${describeOther(matches, p.text)}`);
    else left.splice(at, 1);
  }
  const pieces = (s: string) => s.split(/[\s.,;:@/-]+/u);
  const marks = (m: Found, trap: string) => m.text === trap || pieces(trap).includes(m.text) || pieces(m.text).includes(trap);
  return {
    file: story.file,
    planted: story.planted.length,
    caught: story.planted.length - missed.length,
    missed,
    falseAlarms: left.map((m) => `${m.rule} (${m.level}) “${m.text}”`),
    trapsHit: story.traps.filter((t) => left.some((m) => marks(m, t))),
  };
}

/** When a planted error was marked under another rule, say which, so the report can tell a wrong rule from a miss. */
const describeOther = (matches: readonly Found[], text: string): string => {
  const other = matches.find((m) => m.text === text);
  return other ? ` (marked as ${other.rule})` : '';
};

describe('second held-out set through galley check --json', () => {
  test('finds planted errors and raises false alarms no worse than when the set was written', () => {
    const scores = labels.stories.map(scoreStory);
    for (const s of scores) {
      console.log(`${s.file}: found ${s.caught}/${s.planted}, false alarms ${s.falseAlarms.length}, traps hit ${s.trapsHit.length}`);
      for (const m of s.missed) console.log(`  missed ${m}`);
      for (const f of s.falseAlarms) console.log(`  false alarm ${f}`);
      for (const t of s.trapsHit) console.log(`  trap hit “${t}”`);
    }
    const total = (pick: (s: StoryScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
    expect(total((s) => s.planted)).toBe(29);
    // Measured when the set was written (code at 9bb1011): found 27 of 29, 4 false alarms, 2 traps hit.
    // Raised after the classes it exposed were fixed (s3-checks2): found 29, 1 false alarm, no trap hit.
    expect(total((s) => s.caught)).toBeGreaterThanOrEqual(29);
    expect(total((s) => s.falseAlarms.length)).toBeLessThanOrEqual(1);
    expect(total((s) => s.trapsHit.length)).toBeLessThanOrEqual(0);
    // Per story, so a failure names the story that fell: [found at least, false alarms at most].
    const floors: Record<string, [number, number]> = { 'flood-wall.txt': [9, 0], 'theatre.txt': [10, 1], 'startup.txt': [10, 0] };
    const fell = scores.filter((s) => s.caught < floors[s.file]![0] || s.falseAlarms.length > floors[s.file]![1]);
    expect(fell.map((s) => `${s.file} found ${s.caught}, false alarms ${s.falseAlarms.length}`)).toEqual([]);
  });
});
