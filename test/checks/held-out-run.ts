// A held-out set of checks stories run as the customer runs it: imported into
// a real library whose speaker directory is the set's labels file's, each
// story checked by the built command line (`galley check ID --json`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openGalley } from '../../src/services/galley';
import { blankSpeaker } from '../../src/shared/speakers/model';
import { buildCliIfStale, galley, repoRoot } from '../cli/run-cli';

/** What a held-out set's labels file holds in common: its speaker directory and its stories' files. */
export interface HeldOutLabels {
  directory: Array<{ name: string; laterReference: string }>;
  stories: Array<{ file: string }>;
}

/** One match as `galley check --json` reports it. */
export interface Found {
  rule: string;
  level: string;
  text: string;
}

/** The labels file of the set in `test/checks/<folder>`. */
export function readLabels<L extends HeldOutLabels>(folder: string): L {
  return JSON.parse(readFileSync(path.join(repoRoot, 'test/checks', folder, 'labels.json'), 'utf8')) as L;
}

/** Each story's matches, by file, from a fresh library in a temp folder (removed again before this returns). */
export async function checkHeldOutSet(folder: string, labels: HeldOutLabels): Promise<Map<string, Found[]>> {
  buildCliIfStale();
  const root = mkdtempSync(path.join(tmpdir(), `galley-${folder}-`));
  try {
    const library = path.join(root, 'library');
    const lib = await openGalley({ library });
    for (const speaker of labels.directory) await lib.handlers.createSpeaker({ fields: { ...blankSpeaker(speaker.name), laterReference: speaker.laterReference } });
    await lib.close();
    const found = new Map<string, Found[]>();
    for (const story of labels.stories) {
      const id = (await galley(['import', path.join(repoRoot, 'test/checks', folder, story.file), '--library', library])).stdout.trim();
      const run = await galley(['check', id, '--library', library, '--json']);
      found.set(story.file, JSON.parse(run.stdout).stories[0].matches as Found[]);
    }
    return found;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A set whose stories carry planted errors (the rule and the text it should mark) and traps that must not be flagged. */
export interface PlantedLabels extends HeldOutLabels {
  stories: Array<{ file: string; planted: Array<{ rule: string; text: string }>; traps: string[] }>;
}

/** One story's counts, the only thing a kept-aside set's test prints. */
export interface StoryScore {
  file: string;
  planted: number;
  caught: number;
  falseAlarms: number;
  trapsHit: number;
}

/**
 * Counts of one story from its matches. A planted error is caught when a match of its rule marks its text; any
 * other match at error or warning level is a false alarm, and a trap is hit when a false alarm marks it or a
 * piece of it ("coli" in "E. coli").
 */
export function scoreStory(matches: Found[], story: PlantedLabels['stories'][number]): StoryScore {
  const left = matches.filter((m) => m.level !== 'advice');
  let caught = 0;
  for (const p of story.planted) {
    const at = left.findIndex((m) => m.rule === p.rule && m.text === p.text);
    if (at >= 0) {
      caught++;
      left.splice(at, 1);
    }
  }
  const pieces = (s: string) => s.split(/[\s.,;:@/-]+/u);
  const marks = (m: Found, trap: string) => m.text === trap || pieces(trap).includes(m.text) || pieces(m.text).includes(trap);
  return {
    file: story.file,
    planted: story.planted.length,
    caught,
    falseAlarms: left.length,
    trapsHit: story.traps.filter((t) => left.some((m) => marks(m, t))).length,
  };
}
