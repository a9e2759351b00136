// @vitest-environment jsdom
// The recovery journal's entry, written while the sub types: the string says
// exactly what JSON.stringify would (read back, the same entry, every word
// kept, whatever fields and records ride with the body), and a block written
// once is not converted again while it lives, which is what keeps the write
// off the typing path in a long story.
import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from '@tiptap/pm/model';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { docJson } from '../../src/renderer/editor/settled-document';
import { browserJournal, type JournalEntry } from '../../src/renderer/editor/recovery-journal';
import { serialiseJournalEntry } from '../../src/renderer/editor/journal-serialise';
import { setKnownSpeakerIds } from '../../src/renderer/editor/known-speakers';
import type { DocNode } from '../../src/shared/article/model';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const story: DocNode = {
  type: 'doc',
  content: [
    paragraph('The council met on Tuesday “to settle it”, she said.'),
    { type: 'paragraph', content: [{ type: 'text', text: '“Quoted,”', marks: [{ type: 'quote', attrs: { quoteId: 'q-one', speakerId: 'sp-one' } }] }, { type: 'text', text: ' said Ms Qazi.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('An item with a \\ backslash and a "quote"')] }] },
  ],
} as DocNode;

const entryFor = (body: DocNode, extra: Partial<JournalEntry['snapshot']> = {}, fields: Record<string, unknown> = { headline: 'Ferry strike', standfirst: '' }): JournalEntry => ({
  articleId: 'story-1',
  baseRevision: 4,
  at: '2026-12-07T13:00:00.000Z',
  snapshot: { fields: { ...fields, body } as JournalEntry['snapshot']['fields'], ...extra },
});

describe('serialiseJournalEntry', () => {
  it('says what JSON.stringify says, with or without fields, quote records and sources', () => {
    const editor = takeBodyEditor(story);
    const body = docJson(editor.state.doc);
    const records = [{ id: 'q-one', verifiedText: 'Quoted', checkedByHand: null }];
    for (const entry of [entryFor(body), entryFor(body, { quotes: records as never, sources: [] }), entryFor(body, {}, {}), entryFor(body, { quotes: undefined })]) {
      expect(JSON.parse(serialiseJournalEntry(entry))).toEqual(JSON.parse(JSON.stringify(entry)));
    }
    // A body the settled document did not make (an older entry's, say) is written whole, the same way.
    const odd = { ...story, attrs: { x: 1 } } as unknown as DocNode;
    expect(JSON.parse(serialiseJournalEntry(entryFor(odd)))).toEqual(JSON.parse(JSON.stringify(entryFor(odd))));
    editor.destroy();
  });

  it('converts only the blocks typed in since the last write: the others are the strings written before', () => {
    const editor = takeBodyEditor(story);
    const first = docJson(editor.state.doc);
    serialiseJournalEntry(entryFor(first));
    // A block's JSON is shared and never changed in Galley; changed here, the cached string shows it was not read again.
    (first.content[0] as { content: { text: string }[] }).content[0].text = 'CHANGED AFTER IT WAS WRITTEN';
    editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize + 2, 'Now ');
    const second = docJson(editor.state.doc);
    expect(second.content[0]).toBe(first.content[0]);
    const written = JSON.parse(serialiseJournalEntry(entryFor(second))) as JournalEntry;
    const body = written.snapshot.fields.body as DocNode;
    expect(JSON.stringify(body.content[0])).toContain('The council met');
    expect(JSON.stringify(body.content[1])).toContain('“Now Quoted,”'.slice(1));
    editor.destroy();
  });

  it('is what the browser journal writes: read back, every word the sub typed is there', () => {
    setKnownSpeakerIds(['sp-one']);
    const editor = takeBodyEditor(story);
    editor.commands.insertContentAt(editor.state.doc.content.size - 3, ' typed just now');
    const body = docJson(editor.state.doc);
    const journal = browserJournal(localStorage);
    journal.write(entryFor(body));
    const read = journal.read('story-1')!;
    expect(read.snapshot.fields.body).toEqual(JSON.parse(JSON.stringify(body)));
    expect((editor.state.doc as PMNode).textContent).toContain('typed just now');
    expect(JSON.stringify(read.snapshot.fields.body)).toContain('typed just now');
    expect(read.snapshot.fields.headline).toBe('Ferry strike');
    editor.destroy();
  });
});
