// The import fuzz: thousands of generated malformed and hostile files
// (hostile-files.ts) through the real import path, as the app calls it: the
// contract's dispatch, the handlers, the built import worker and the store of
// a real library in a temp folder. Every file must end in an article the
// store saved and reads back, or a refusal with a clear sentence naming the
// file: never an internal error, never a throw of another kind.
import { mkdtemp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../src/services/galley';
import type { ImportedArticle } from '../../src/shared/import/report';
import { dispatch } from '../../src/shared/contract/dispatch';
import { buildCliIfStale, repoRoot } from '../cli/run-cli';
import { hostileFile, random } from './hostile-files';

const PAYLOADS = Number(process.env.GALLEY_FUZZ_FILES ?? 5_000);
const WORKER = join(repoRoot, 'out/node/import-worker.js');

let root: string;
let galley: Galley;
beforeAll(async () => {
  buildCliIfStale(); // builds out/node/import-worker.js with the real config
  root = await mkdtemp(join(tmpdir(), 'galley-import-fuzz-'));
  galley = await openGalley({ library: root, importWorker: WORKER });
}, 120_000);
afterAll(async () => {
  await galley?.close();
  await rm(root, { recursive: true, force: true });
});

it(`${PAYLOADS} generated hostile files each end in a saved article or a clear refusal naming the file`, async () => {
  const r = random(0x6a11e7);
  const tally = new Map<string, { saved: number; refused: number; ms: number }>();
  const wrong: string[] = [];
  for (let i = 0; i < PAYLOADS; i++) {
    const file = await hostileFile(r, i);
    const count = tally.get(file.kind) ?? { saved: 0, refused: 0, ms: 0 };
    const started = performance.now();
    tally.set(file.kind, count);
    const envelope = await dispatch(galley.handlers, 'importFile', { fileName: file.fileName, dataBase64: Buffer.from(file.bytes).toString('base64') });
    if (envelope.ok) {
      // The answer is the story as saved, with the import's report beside it.
      const { imported: _report, ...article } = envelope.value as ImportedArticle;
      const back = await dispatch(galley.handlers, 'getArticle', { id: article.id });
      if (!back.ok || JSON.stringify(back.value) !== JSON.stringify(article)) wrong.push(`${file.fileName}: saved but not read back as saved`);
      else count.saved++;
    } else {
      const { code, message } = envelope.error;
      // A refusal names the file and gives a reason in a sentence; "internal" is a bug.
      if (code === 'internal' || !message.includes(`“${file.fileName}”`) || !/[.)]$/.test(message)) wrong.push(`${file.fileName} (${file.kind}): ${code}: ${message.slice(0, 300)}`);
      else count.refused++;
    }
    count.ms += performance.now() - started;
  }
  const total = [...tally.values()].reduce((n, c) => n + c.saved + c.refused, 0);
  console.log(
    `import fuzz: ${PAYLOADS} files tried, ${total} ended in a saved article or a clear refusal, ${wrong.length} did not\n` +
      [...tally].map(([kind, c]) => `  ${kind.padEnd(16)} saved ${String(c.saved).padStart(4)}, refused ${String(c.refused).padStart(4)}, ${Math.round(c.ms)} ms`).join('\n'),
  );
  expect(wrong).toEqual([]);
  expect(total).toBe(PAYLOADS);
  // The saved ones are all in the library listing.
  const saved = [...tally.values()].reduce((n, c) => n + c.saved, 0);
  expect((await galley.handlers.listArticles({})).articles).toHaveLength(saved);
}, 1_200_000);
