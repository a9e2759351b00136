// @vitest-environment jsdom
// An editor that goes away with text still unsaved (typed while the window
// waited to switch stories, or held by a conflict) leaves it in the recovery
// journal, on jsdom's real localStorage, and never saves it from there.
import { afterEach, describe, expect, it } from 'vitest';
import type { GalleyClient } from '../../src/shared/contract/api';
import { Autosaver } from '../../src/renderer/editor/autosave';
import { browserJournal } from '../../src/renderer/editor/recovery-journal';

/** The services must not be asked for anything: a call fails the test. */
const untouchable = new Proxy({} as GalleyClient, {
  get: (_, name) => () => {
    throw new Error(`dispose called the services (${String(name)})`);
  },
});
const journal = browserJournal(localStorage);
afterEach(() => localStorage.clear());

describe('Autosaver.dispose', () => {
  it('journals text typed since the last save, and saves nothing', () => {
    let body = 'The council met.';
    const saver = new Autosaver(untouchable, 'a1', 3, () => ({ fields: { headline: body } }), journal);
    body = 'The council met on Tuesday.';
    saver.touch();
    saver.dispose();
    expect(journal.read('a1')).toMatchObject({ articleId: 'a1', baseRevision: 3, snapshot: { fields: { headline: 'The council met on Tuesday.' } } });
  });

  it('leaves no entry when nothing was typed', () => {
    const saver = new Autosaver(untouchable, 'a2', 1, () => ({ fields: { headline: 'x' } }), journal);
    saver.dispose();
    expect(journal.read('a2')).toBeNull();
  });
});
