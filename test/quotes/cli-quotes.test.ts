// `galley quotes FILE --json`, the form the customer scores, on a story of
// our own written to a temp file: organisations and documents come back as
// speakers of their kind, and a misspelt later reference as the first speaker.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCliIfStale, galley } from '../cli/run-cli';

let root: string;
beforeAll(async () => {
  buildCliIfStale();
  root = await mkdtemp(path.join(tmpdir(), 'galley-cli-quotes-'));
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const STORY = [
  'Bridge inquiry hears of corrosion warnings',
  '',
  'Grace Brennan, a structural engineer, said her report urged closure "within months, not years".',
  '',
  '“I put it in writing and I put it in bold,” Ms Brenan told the inquiry.',
  '',
  'A leaked memo seen by the Gazette paints a grimmer picture. “Three more bridges are at risk,” the memo says.',
  '',
  'The council, known locally as “the Kremlin on the Quay”, did not comment.',
].join('\n');

describe('galley quotes FILE --json', () => {
  test('gives kinds, links the misspelt reference, and leaves the nickname without a speaker', async () => {
    const file = path.join(root, 'bridge.txt');
    await writeFile(file, STORY);
    const run = await galley(['quotes', file, '--json'], { env: { GALLEY_LIBRARY: path.join(root, 'library') } });
    expect(run.code).toBe(0);
    const detection = JSON.parse(run.stdout) as {
      quotes: Array<{ segments: Array<{ text: string }>; speaker: { name: string } | null }>;
      speakers: Array<{ name: string; kind: string; variants: string[] }>;
    };
    expect(detection.quotes.map((q) => [q.segments[0].text, q.speaker?.name ?? null])).toEqual([
      ['within months, not years', 'Grace Brennan'],
      ['I put it in writing and I put it in bold,', 'Grace Brennan'],
      ['Three more bridges are at risk,', 'memo'],
      ['the Kremlin on the Quay', null],
    ]);
    expect(detection.speakers.map((s) => [s.name, s.kind, s.variants])).toEqual([
      ['Grace Brennan', 'person', ['Ms Brenan']],
      ['memo', 'document', []],
    ]);
  });
});
