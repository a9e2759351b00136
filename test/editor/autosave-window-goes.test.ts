// @vitest-environment jsdom
// The window goes (pagehide) while words are not yet known to be on disk: typed within the pause, or in a
// save still on its way. A request started or running as a page unloads is cut off with no answer and no
// error to react to, so Autosaver.keepUnsaved puts those words in the journal (jsdom's real localStorage)
// synchronously, before the page is gone.
import { afterEach, describe, expect, it } from 'vitest';
import type { GalleyClient } from '../../src/shared/contract/api';
import { Autosaver } from '../../src/renderer/editor/autosave';
import { browserJournal } from '../../src/renderer/editor/recovery-journal';

/** A save that leaves and never comes back, as one cut off by the page unloading. */
const cutOff = new Proxy({} as GalleyClient, { get: () => () => new Promise(() => undefined) });
const journal = browserJournal(localStorage);
afterEach(() => localStorage.clear());

describe('Autosaver.keepUnsaved', () => {
  it('journals the words of a save still on its way', () => {
    let headline = 'Quay lights';
    const saver = new Autosaver(cutOff, 'a1', 4, () => ({ fields: { headline } }), journal);
    headline = 'Quay lights go out';
    saver.touch();
    void saver.flush();
    expect(saver.state.kind).toBe('saving');
    saver.keepUnsaved();
    expect(journal.read('a1')).toMatchObject({ baseRevision: 4, snapshot: { fields: { headline: 'Quay lights go out' } } });
  });

  it('journals words typed within the pause, before any save left', () => {
    let headline = 'Harbour';
    const saver = new Autosaver(cutOff, 'a2', 2, () => ({ fields: { headline } }), journal);
    headline = 'Harbour fees rise';
    saver.touch();
    saver.keepUnsaved();
    expect(journal.read('a2')).toMatchObject({ baseRevision: 2, snapshot: { fields: { headline: 'Harbour fees rise' } } });
    saver.dispose();
  });

  it('lets the journal parts kept after a save go with the window, so they never pile up in storage', async () => {
    const saved = new Proxy({} as GalleyClient, { get: () => async () => ({ revision: 6 }) });
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The lights went out.' }] }] };
    const saver = new Autosaver(saved, 'a4', 5, () => ({ fields: { headline: 'Quay', body } as never }), journal);
    saver.touch();
    saver.keepUnsaved();
    expect(Object.keys(localStorage).some((k) => k.startsWith('galley.recovery.a4.part.'))).toBe(true);
    expect(await saver.flush()).toBe(true);
    expect(journal.read('a4')).toBeNull();
    saver.keepUnsaved();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('galley.recovery.'))).toEqual([]);
  });

  it('leaves no entry when everything is on disk', () => {
    const saver = new Autosaver(cutOff, 'a3', 1, () => ({ fields: { headline: 'x' } }), journal);
    saver.keepUnsaved();
    expect(journal.read('a3')).toBeNull();
  });
});
