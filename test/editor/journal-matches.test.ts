// The recovery bar drops a journal entry only when the story as opened already holds all of it.
import { describe, expect, it } from 'vitest';
import { journalMatches } from '../../src/renderer/editor/journal-matches';
import type { Snapshot } from '../../src/renderer/editor/autosave';

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const story = (text: string, headline = 'Quay lights'): Snapshot => ({ fields: { headline, body: body(text) } as Snapshot['fields'], quotes: [], sources: [] });

describe('journalMatches', () => {
  it('holds when the saved story has every word the entry kept', () => {
    expect(journalMatches(story('Saved first. Typed as the save left.'), story('Saved first. Typed as the save left.'))).toBe(true);
  });
  it('fails on a word of the body, a field or the quotes the story lacks', () => {
    expect(journalMatches(story('Saved first. Typed as the save left.'), story('Saved first.'))).toBe(false);
    expect(journalMatches(story('Same.', 'Quay lights out'), story('Same.'))).toBe(false);
    expect(journalMatches({ ...story('Same.'), quotes: [{ id: 'q1' } as never] }, story('Same.'))).toBe(false);
  });
});
