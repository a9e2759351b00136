// A file planted in the library (a symlink to a private key, a config with a
// secret in it) is quarantined like any damaged file, and the reason the page
// is shown names the kind of damage only: never the file's bytes, nor the
// names of its fields.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../src/services/galley';

const fakeId = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;
const SECRETS = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmU', 'sk-live-4f9a8b7c6d5e', 'ghp_plantedFieldName', 'BEGIN OPENSSH', 'apiKey'];

let root: string;
let galley: Galley;
const planted: string[] = [];

/** Any run of six characters of a planted file that the text repeats (JSON.parse's messages quote about ten around the fault). */
function quoted(text: string): string[] {
  const found = new Set<string>();
  for (const content of planted) {
    for (let i = 0; i + 6 <= content.length; i++) {
      const piece = content.slice(i, i + 6);
      if (piece.trim().length === 6 && text.includes(piece)) found.add(piece);
    }
  }
  return [...found];
}

async function plant(path: string, content: string) {
  planted.push(content);
  await writeFile(path, content);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-planted-'));
  const outside = join(root, 'outside');
  const library = join(root, 'library');
  await mkdir(outside);
  await mkdir(join(library, 'articles'), { recursive: true });
  await plant(join(outside, 'id_ed25519'), `-----BEGIN OPENSSH PRIVATE KEY-----\n${SECRETS[0]}\n-----END OPENSSH PRIVATE KEY-----\n`);
  await plant(join(outside, 'settings.json'), `{"apiKey": ${SECRETS[1]}}`); // JSON.parse quotes the text around the fault
  await plant(join(outside, 'config.json'), JSON.stringify({ speakers: [], [SECRETS[2]]: true })); // a field the directory does not know
  await symlink(join(outside, 'id_ed25519'), join(library, 'articles', `${fakeId(1)}.json`));
  await symlink(join(outside, 'settings.json'), join(library, 'articles', `${fakeId(2)}.json`));
  await symlink(join(outside, 'config.json'), join(library, 'speakers.json'));
  galley = await openGalley({ library });
});

afterAll(async () => {
  await galley?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('a planted file’s damage, as the page is told it', () => {
  it('names the kind of damage and quotes nothing from the file', async () => {
    const { damaged } = await galley.handlers.listArticles({});
    const reasons = Object.fromEntries(damaged.map((d) => [d.file, d.reason]));
    expect(reasons[`${fakeId(1)}.json`]).toBe('not valid JSON');
    expect(reasons[`${fakeId(2)}.json`]).toBe('not valid JSON');
    // A field the directory does not know is kept for the Galley that wrote it, not a reason to set the file aside.
    expect(reasons['speakers.json']).toBeUndefined();
    const shown = JSON.stringify(damaged);
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
    expect(quoted(damaged.map((d) => d.reason).join('\n'))).toEqual([]);
  });

  it('says the same when an article is opened by its id', async () => {
    await plant(join(root, 'outside', 'late'), `{"token": ${SECRETS[1]}`);
    await symlink(join(root, 'outside', 'late'), join(root, 'library', 'articles', `${fakeId(3)}.json`));
    const refused = await galley.handlers.getArticle({ id: fakeId(3) }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/not valid JSON/);
    for (const secret of SECRETS) expect(refused).not.toContain(secret);
    expect(quoted(refused!)).toEqual([]);
    // The planted files themselves are untouched: only the links were moved aside.
    expect(await readFile(join(root, 'outside', 'late'), 'utf8')).toContain(SECRETS[1]);
  });
});
