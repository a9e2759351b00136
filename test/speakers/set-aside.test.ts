// One bad record in the speaker directory (a name over the limit, a record
// that is not a speaker at all) is set aside and reported while every other
// speaker loads; the record is kept, in speakers.json as it was and in a copy
// under quarantine/, and survives the directory being written again.
// Real files in a temp library through the real handlers.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankSpeaker } from '../../src/shared/speakers/model';
import { openGalley } from '../../src/services/galley';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-speakers-aside-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const AT = '2026-01-05T10:00:00.000Z';
const speaker = (id: string, name: string) => ({ ...blankSpeaker(name), id, createdAt: AT, updatedAt: AT });
const LONG_NAME = `Dr ${'A'.repeat(198)}`; // 201 characters: one over the model's limit

async function seed(records: unknown[]) {
  await writeFile(join(root, 'speakers.json'), JSON.stringify({ speakers: records }, null, 2));
}

describe('a bad speaker record', () => {
  it('is set aside and reported while the others load', async () => {
    const good = [speaker('a1b2c3d4-0000-4000-8000-000000000001', 'Imdad Qazi'), speaker('a1b2c3d4-0000-4000-8000-000000000002', 'Hua Chunying')];
    const bad = speaker('a1b2c3d4-0000-4000-8000-000000000003', LONG_NAME);
    await seed([good[0], bad, good[1], 'not a speaker']);

    const galley = await openGalley({ library: root });
    const listed = await galley.handlers.listSpeakers({});
    expect(listed.speakers.map((s) => s.name)).toEqual(['Hua Chunying', 'Imdad Qazi']);

    // Reported in the library listing's damaged list, naming the file, the records and why.
    const { damaged } = await galley.handlers.listArticles({});
    expect(damaged).toHaveLength(1);
    expect(damaged[0].file).toBe('speakers.json');
    expect(damaged[0].reason).toMatch(/2 speaker records could not be read/);
    expect(damaged[0].reason).toContain('record 2 (“Dr AAAA');
    expect(damaged[0].reason).toMatch(/name is longer than 200 characters/);
    expect(damaged[0].reason).toMatch(/record 4: it is not a speaker record/);

    // The set-aside records are kept whole in a file under quarantine/.
    expect(damaged[0].quarantinedAs).toBe(join(root, 'quarantine', 'speakers-set-aside.json'));
    const kept = JSON.parse(await readFile(damaged[0].quarantinedAs, 'utf8'));
    expect(kept.setAside.map((s: { record: unknown }) => s.record)).toEqual([bad, 'not a speaker']);

    // The file itself was not quarantined: it is still where it was.
    expect(await readdir(root)).toContain('speakers.json');
    await galley.close();
  });

  it('survives the directory being written again, and is reported once however often the library opens', async () => {
    const good = speaker('a1b2c3d4-0000-4000-8000-000000000001', 'Imdad Qazi');
    const bad = speaker('a1b2c3d4-0000-4000-8000-000000000003', LONG_NAME);
    await seed([good, bad]);

    const first = await openGalley({ library: root });
    const added = await first.handlers.createSpeaker({ fields: blankSpeaker('Ann Lee') });
    await first.handlers.updateSpeaker({ id: good.id, fields: { laterReference: 'Mr Qazi' } });
    await first.close();

    const onDisk = JSON.parse(await readFile(join(root, 'speakers.json'), 'utf8'));
    expect(onDisk.speakers).toContainEqual(bad);
    expect(onDisk.speakers.map((s: { id: string }) => s.id).sort()).toEqual([good.id, bad.id, added.id].sort());

    const second = await openGalley({ library: root });
    expect((await second.handlers.listSpeakers({})).speakers.map((s) => s.name)).toEqual(['Ann Lee', 'Imdad Qazi']);
    const { damaged } = await second.handlers.listArticles({});
    expect(damaged.filter((d) => d.file === 'speakers.json')).toHaveLength(1);
    const kept = JSON.parse(await readFile(join(root, 'quarantine', 'speakers-set-aside.json'), 'utf8'));
    expect(kept.setAside.map((s: { record: unknown }) => s.record)).toEqual([bad]);
    await second.close();
  });

  it('a directory that is not a speaker directory at all is still quarantined whole', async () => {
    await writeFile(join(root, 'speakers.json'), '{"people": 3}');
    const galley = await openGalley({ library: root });
    expect((await galley.handlers.listSpeakers({})).speakers).toEqual([]);
    const { damaged } = await galley.handlers.listArticles({});
    expect(damaged.map((d) => d.file)).toEqual(['speakers.json']);
    expect(await readdir(root)).not.toContain('speakers.json');
    await galley.close();
  });
});
