// Disk trouble, injected at the file-system call (the tests run as root,
// where chmod cannot make a folder read-only): a full disk and a read-only
// library. A save that cannot be made says so in a sentence, with the code
// 'disk', leaves the previous file intact, and the next save after the fault
// clears succeeds.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../src/services/store/article-store';
import { JsonFiles } from '../../src/services/store/json-file';
import { Quarantine } from '../../src/services/store/quarantine';
import { SpeakerDirectory } from '../../src/services/speakers/speaker-directory';
import { blankSpeaker } from '../../src/shared/speakers/model';
import { docFromParagraphs } from '../../src/shared/article/text';
import { faultyFs } from './fault-fs';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-disk-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const inLibrary = (path: string) => path.startsWith(root);

describe('a full disk', () => {
  it('refuses the save with a sentence, keeps the previous file, and saves once there is room', async () => {
    const faulty = faultyFs();
    const store = await ArticleStore.open({ root, fs: faulty.fs });
    const a = await store.create({ headline: 'Budget', body: docFromParagraphs(['The council voted 7–2.']) });
    const file = join(root, 'articles', `${a.id}.json`);
    const before = await readFile(file);

    // The disk fills while the new version is half written.
    faulty.faults.push({ calls: ['writeFile'], code: 'ENOSPC', where: (p) => inLibrary(p) && p.includes('.json.'), partial: true });
    const change = { fields: { body: docFromParagraphs(['The council voted 7–2 on Tuesday.', 'A second paragraph.']) } };
    const refused = store.update(a.id, 1, change);
    await expect(refused).rejects.toMatchObject({ name: 'GalleyError', code: 'disk' });
    const message = ((await refused.catch((e: unknown) => e)) as Error).message;
    expect(message).toBe(`Could not save “Budget”: the disk is full (${file}).`);
    console.log(`[disk] ENOSPC: ${message}`);
    // Full before it starts: even the article's lock cannot be written, and the sentence is the same.
    faulty.faults.push({ calls: ['writeFile'], code: 'ENOSPC', where: inLibrary });
    await expect(store.update(a.id, 1, change)).rejects.toMatchObject({ code: 'disk', message: 'Could not save “Budget”: the disk is full.' });

    // The previous version is intact, and the half-written temp file was cleared away.
    expect((await readFile(file)).equals(before)).toBe(true);
    expect((await readdir(join(root, 'articles'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await store.get(a.id)).revision).toBe(1);

    // Creating and the speaker directory fail the same way.
    await expect(store.create({ headline: 'New' })).rejects.toMatchObject({ code: 'disk', message: expect.stringContaining('the disk is full') });
    const speakers = await SpeakerDirectory.open(store.layout.speakers, new Quarantine(store.layout, new JsonFiles(), () => new Date()), undefined, faulty.fs);
    await expect(speakers.create(blankSpeaker('Ann Qazi'))).rejects.toMatchObject({ code: 'disk', message: expect.stringContaining('the disk is full') });

    // Room again: the same change, on the same base revision, saves.
    faulty.faults.length = 0;
    const saved = await store.update(a.id, 1, change);
    expect(saved.revision).toBe(2);
    expect(JSON.parse(await readFile(file, 'utf8')).body).toEqual(change.fields.body);
    expect((await speakers.create(blankSpeaker('Ann Qazi'))).name).toBe('Ann Qazi');
    await store.close();
  });

  it('keeps the article when the disk fills while it is being renamed into place, and while index.json is written', async () => {
    const faulty = faultyFs();
    const store = await ArticleStore.open({ root, fs: faulty.fs, indexFlushMs: 1 });
    const a = await store.create({ headline: 'Rename' });
    const before = await readFile(join(root, 'articles', `${a.id}.json`));
    faulty.faults.push({ calls: ['rename'], code: 'ENOSPC', where: inLibrary });
    await expect(store.update(a.id, 1, { fields: { headline: 'Renamed' } })).rejects.toMatchObject({ code: 'disk' });
    expect((await readFile(join(root, 'articles', `${a.id}.json`))).equals(before)).toBe(true);
    // index.json failing is not the sub's problem: it is a cache, rebuilt at the next open.
    faulty.faults.splice(0, 1, { calls: ['writeFile'], code: 'ENOSPC', where: (p) => p.includes('index.json') });
    expect((await store.update(a.id, 1, { fields: { headline: 'Renamed' } })).revision).toBe(2);
    await store.close();
    faulty.faults.length = 0;
    const reopened = await ArticleStore.open({ root });
    expect(reopened.list().articles.map((x) => x.headline)).toEqual(['Renamed']);
    await reopened.close();
  });
});

describe('a read-only library', () => {
  for (const code of ['EROFS', 'EACCES'] as const) {
    it(`opens and reads (${code}), and every write says why it failed`, async () => {
      const seed = await ArticleStore.open({ root });
      const a = await seed.create({ headline: 'Archive copy' });
      const b = await seed.create({ headline: 'Binned' });
      await seed.delete(b.id);
      await seed.close();
      // A damaged file that cannot be moved to the quarantine on a read-only disk.
      await writeFile(join(root, 'articles', '00000001-0000-4000-8000-000000000000.json'), '{ half');

      const faulty = faultyFs();
      faulty.faults.push({ calls: ['writeFile', 'rename', 'mkdir', 'unlink', 'link', 'rm'], code, where: inLibrary });
      const store = await ArticleStore.open({ root, fs: faulty.fs });
      expect(store.list().articles.map((x) => x.id)).toEqual([a.id]);
      expect((await store.get(a.id)).headline).toBe('Archive copy');
      // Listed where it lies, since it could not be moved.
      expect(store.list().damaged).toMatchObject([{ file: '00000001-0000-4000-8000-000000000000.json', quarantinedAs: join(root, 'articles', '00000001-0000-4000-8000-000000000000.json') }]);

      const wording = code === 'EROFS' ? 'the library folder is read-only' : 'permission denied';
      await expect(store.update(a.id, 1, { fields: { headline: 'Edited' } })).rejects.toMatchObject({ code: 'disk', message: expect.stringContaining(wording) });
      await expect(store.create({ headline: 'New' })).rejects.toMatchObject({ code: 'disk', message: expect.stringContaining(wording) });
      await expect(store.delete(a.id)).rejects.toMatchObject({ code: 'disk', message: expect.stringContaining(wording) });
      await expect(store.restore(b.id)).rejects.toMatchObject({ code: 'disk', message: expect.stringContaining(wording) });
      await expect(store.emptyTrash()).rejects.toMatchObject({ code: 'disk', message: expect.stringContaining(wording) });
      expect((await store.get(a.id)).headline).toBe('Archive copy');

      faulty.faults.length = 0;
      expect((await store.update(a.id, 1, { fields: { headline: 'Edited' } })).revision).toBe(2);
      await store.close();
    });
  }
});
