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
