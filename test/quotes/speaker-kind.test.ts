// Speaker kinds in the directory, through the real handlers on a temp library:
// a directory written before kinds loads as it is (everyone a person), and an
// organisation keeps its kind through a save and a reopen.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGalley } from '../../src/services/galley';
import { dispatch } from '../../src/shared/contract/dispatch';
import { blankSpeaker, speakerKind } from '../../src/shared/speakers/model';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-speaker-kind-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('speaker kinds', () => {
  it('loads a directory written before kinds, reading every speaker as a person', async () => {
    const old = { id: '3f1c7a52-0d1e-4c55-9a57-1d7f6a0b2c11', name: 'Imdad Qazi', role: 'general secretary', organisation: '', laterReference: 'Mr Qazi', pronoun: 'he', notes: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    await writeFile(join(root, 'speakers.json'), JSON.stringify({ speakers: [old] }));
    const galley = await openGalley({ library: root });
    try {
      const { speakers } = await galley.handlers.listSpeakers({});
      expect(speakers.map((s) => [s.name, speakerKind(s)])).toEqual([['Imdad Qazi', 'person']]);
    } finally {
      await galley.close();
    }
  });

  it('keeps an organisation’s kind through a save and a reopen', async () => {
    let galley = await openGalley({ library: root });
    await galley.handlers.createSpeaker({ fields: { ...blankSpeaker('KCNA'), kind: 'organisation', role: 'state news agency' } });
    await galley.close();
    expect(JSON.parse(await readFile(join(root, 'speakers.json'), 'utf8')).speakers[0].kind).toBe('organisation');
    galley = await openGalley({ library: root });
    try {
      const { speakers } = await galley.handlers.listSpeakers({});
      expect(speakers.map((s) => [s.name, s.kind])).toEqual([['KCNA', 'organisation']]);
    } finally {
      await galley.close();
    }
  });

  it('refuses a kind it does not know, saying which field', async () => {
    const galley = await openGalley({ library: root });
    try {
      const envelope = await dispatch(galley.handlers, 'createSpeaker', { fields: { ...blankSpeaker('Odd'), kind: 'robot' } });
      expect(envelope.ok).toBe(false);
      expect(JSON.stringify(envelope)).toMatch(/kind/u);
      expect((await galley.handlers.listSpeakers({})).speakers).toEqual([]);
    } finally {
      await galley.close();
    }
  });
});
