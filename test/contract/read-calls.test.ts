// The contract marks the calls that only read the library (`read` rows in
// api.ts); the renderer's read-ahead trusts that mark. Every one of them is
// called here through dispatch on a real library in a temp folder, and no
// file in the library may change: not its articles, index, speakers,
// settings or revisions.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/shared/article/text';
import { READ_CALLS, type ArgsOf } from '../../src/shared/contract/api';
import { CALL_NAMES, type CallName } from '../../src/shared/contract/channels';
import { dispatch } from '../../src/shared/contract/dispatch';
import { openGalley, type Galley } from '../../src/services/galley';

let root: string;
let galley: Galley;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-read-calls-'));
  galley = await openGalley({ library: root });
});
afterEach(async () => {
  await galley.close();
  await rm(root, { recursive: true, force: true });
});

/** Every file under the library and a hash of its bytes. */
async function files(dir = root): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, await files(path));
    else out[relative(root, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

describe('the contract’s read calls', () => {
  it('are the calls the renderer trusts not to change the library, and none of them changes a file in it', async () => {
    const { handlers } = galley;
    const article = await handlers.createArticle({ fields: { headline: 'Council votes', body: docFromParagraphs(['“We listened,” said Ravi Patel.']) } });
    const created = await dispatch(galley.handlers, 'createSpeaker', { fields: { name: 'Ravi Patel', kind: 'person', role: '', organisation: '', laterReference: 'Patel', pronoun: null, notes: '' } });
    if (!created.ok) throw new Error(created.error.message);
    const speaker = created.value as { id: string };
    await handlers.createRevision({ id: article.id, label: 'subbed' });
    // The first search builds the persisted search index (search-index.bin, a cache beside index.json); once it is
    // on disk and current, no read may write it again.
    await handlers.searchArticles({ query: 'council' });
    // Everything the setup wrote is on disk before the picture is taken.
    await galley.close();
    galley = await openGalley({ library: root });
    await galley.close();
    galley = await openGalley({ library: root });
    const before = await files();

    const args: { [K in CallName]?: ArgsOf<K> } = {
      listArticles: {},
      getArticle: { id: article.id },
      searchArticles: { query: 'council' },
      listSpeakers: {},
      speakerUsage: { id: speaker.id },
      searchQuotes: { words: 'listened' },
      exportDefaults: {},
      getSettings: {},
      listRevisions: { id: article.id },
      getRevision: { id: article.id, n: 1 },
    };
    expect(Object.keys(args).sort()).toEqual([...READ_CALLS].sort());
    for (const name of READ_CALLS) {
      const answer = await dispatch(galley.handlers, name, args[name]);
      expect(answer, `${name}: ${JSON.stringify(answer).slice(0, 300)}`).toMatchObject({ ok: true });
    }
    await galley.close();
    expect(await files()).toEqual(before);
    galley = await openGalley({ library: root });
    // And the rest may write: the table is not all reads.
    expect(CALL_NAMES.filter((name) => !READ_CALLS.has(name))).toContain('updateArticle');
  });
});
