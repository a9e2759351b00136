// Held-out stories (test/checks/heldout: written for this check and never
// used to tune the rules) run through `galley check ID --json` as the
// customer runs it: imported into a real library whose speaker directory is
// the labels file's, checked by the built command line. Every planted error
// must be found under its rule (recall), and nothing else may be reported at
// error or warning level (precision): a sub would stop trusting a checker
// that cries wolf. Advice (a name the dictionary lacks) is listed, not counted.
import { beforeAll, describe, expect, test } from 'vitest';
import { checkHeldOutSet, readLabels, type Found, type HeldOutLabels } from './held-out-run';

interface Planted {
  rule: string;
  text: string;
}
interface Labels extends HeldOutLabels {
  stories: Array<{ file: string; planted: Planted[] }>;
}

const labels = readLabels<Labels>('heldout');
let found = new Map<string, Found[]>();

beforeAll(async () => {
  found = await checkHeldOutSet('heldout', labels);
}, 180_000);

describe('held-out stories through galley check --json', () => {
  test('every planted error is found under its rule, and nothing else is reported as an error or warning', () => {
    let planted = 0;
    let caught = 0;
    let reported = 0;
    const missed: string[] = [];
    const falseAlarms: string[] = [];
    for (const story of labels.stories) {
      const matches = found.get(story.file)!.filter((m) => m.level !== 'advice');
      reported += matches.length;
      const left = [...matches];
      for (const p of story.planted) {
        planted++;
        const at = left.findIndex((m) => m.rule === p.rule && m.text === p.text);
        if (at < 0) missed.push(`${story.file}: ${p.rule} “${p.text}”`);
        else {
          caught++;
          left.splice(at, 1);
        }
      }
      falseAlarms.push(...left.map((m) => `${story.file}: ${m.rule} “${m.text}”`));
    }
    console.log(`held-out: recall ${caught}/${planted}, precision ${reported - falseAlarms.length}/${reported}`);
    expect(missed).toEqual([]);
    expect(falseAlarms).toEqual([]);
    expect(planted).toBeGreaterThanOrEqual(20);
  });

  test('shouted capitals, initials, web and email addresses and names in the directory are left alone', () => {
    const texts = [...found.values()].flat().map((m) => m.text);
    for (const left of ['ISLANDS', 'DESERVE', 'EXTENSION', 'RMT', 'J', 'R', 'www', 'hebrides', 'timetable@ferries-hebrides.co.uk', 'Raghunathan', 'Llewellyn', 'Pickering', "O'Sullivan"]) {
      expect(texts, left).not.toContain(left);
    }
  });
});
