// @vitest-environment jsdom
// The recovery journal's body in parts (journal-parts.ts), through the real
// browser journal on the window's real storage: read back it is the whole
// story, every word typed kept; a write after typing in one paragraph of a
// long story stores that paragraph's part and leaves the others as they were;
// a write that fails part-way (storage full) leaves the entry before whole;
// two windows on one story never read back a mix; after a save the next
// write is small again; closing the editor leaves nothing but an unsaved entry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { docJson } from '../../src/renderer/editor/settled-document';
import { browserJournal, type JournalEntry } from '../../src/renderer/editor/recovery-journal';
import { PART_BLOCKS } from '../../src/renderer/editor/journal-parts';
import { setKnownSpeakerIds } from '../../src/renderer/editor/known-speakers';
import type { DocNode } from '../../src/shared/article/model';

const ID = 'story-parts';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
/** A story of 100 paragraphs (seven parts), one of them holding a tagged quote. */
const story = (): DocNode =>
  ({
    type: 'doc',
    content: Array.from({ length: 100 }, (_, i) =>
      i === 40
        ? { type: 'paragraph', content: [{ type: 'text', text: '“Quoted words,”', marks: [{ type: 'quote', attrs: { quoteId: 'q-one', speakerId: 'sp-one' } }] }, { type: 'text', text: ' said Ms Qazi.' }] }
        : paragraph(`Paragraph ${i + 1} of the council story.`),
    ),
  }) as DocNode;

const entryFor = (body: DocNode, headline = 'Ferry strike'): JournalEntry => ({
  articleId: ID,
  baseRevision: 4,
  at: '2026-12-07T13:00:00.000Z',
  snapshot: { fields: { headline, body } as JournalEntry['snapshot']['fields'], quotes: [{ id: 'q-one', verifiedText: null, checkedByHand: null }] as never },
});

/** Where in the doc paragraph `index` (0-based) ends, inside its text. */
const endOf = (editor: Editor, index: number) => {
  let pos = 0;
  for (let i = 0; i <= index; i++) pos += editor.state.doc.child(i).nodeSize;
  return pos - 1;
};
const partNames = () => Object.keys(localStorage).filter((k) => k.startsWith(`galley.recovery.${ID}.part.`)).sort();
const bodyRead = (journal = browserJournal(localStorage)) => journal.read(ID)?.snapshot.fields.body;
const asStored = (body: DocNode) => JSON.parse(JSON.stringify(body)) as DocNode;

let editor: Editor;
beforeEach(() => {
  localStorage.clear();
  setKnownSpeakerIds(['sp-one']);
  editor = takeBodyEditor(story());
});
afterEach(() => editor.destroy());

describe('the recovery journal in parts', () => {
  it('reads back the whole story, fields and quote records with it', () => {
    const journal = browserJournal(localStorage);
    editor.commands.insertContentAt(endOf(editor, 99), ' typed at the end');
    const body = docJson(editor.state.doc);
    journal.write(entryFor(body));
    expect(partNames()).toHaveLength(Math.ceil(100 / PART_BLOCKS));
    const read = journal.read(ID)!;
    expect(read.snapshot.fields.body).toEqual(asStored(body));
    expect(JSON.stringify(read.snapshot.fields.body)).toContain('typed at the end');
    expect(JSON.stringify(read.snapshot.fields.body)).toContain('"quoteId":"q-one"');
    expect(read.snapshot.fields.headline).toBe('Ferry strike');
    expect(read.snapshot.quotes?.map((q) => q.id)).toEqual(['q-one']);
    // The entry itself no longer carries the story.
    expect(localStorage.getItem(`galley.recovery.${ID}`)!.length).toBeLessThan(1000);
  });

  it('after typing in one paragraph stores that paragraph’s part alone, and reads back every word', () => {
    const journal = browserJournal(localStorage);
    journal.write(entryFor(docJson(editor.state.doc)));
    const before = new Map(partNames().map((name) => [name, localStorage.getItem(name)]));
    editor.commands.insertContentAt(endOf(editor, 40), ' And more.');
    const body = docJson(editor.state.doc);
    journal.write(entryFor(body));
    const after = partNames();
    const fresh = after.filter((name) => !before.has(name));
    expect(fresh).toHaveLength(1);
    expect(localStorage.getItem(fresh[0])).toContain('And more.');
    // The other parts are the same items, untouched; the replaced part is gone.
    expect(after.filter((name) => before.has(name)).map((name) => localStorage.getItem(name))).toEqual(after.filter((name) => before.has(name)).map((name) => before.get(name)));
    expect(after).toHaveLength(before.size);
    expect(bodyRead(journal)).toEqual(asStored(body));
  });

  it('keeps every paragraph when one is split and the parts after it shift', () => {
    const journal = browserJournal(localStorage);
    journal.write(entryFor(docJson(editor.state.doc)));
    editor.chain().setTextSelection(endOf(editor, 3) - 5).splitBlock().insertContent('New paragraph').run();
    const body = docJson(editor.state.doc);
    expect(body.content).toHaveLength(101);
    journal.write(entryFor(body));
    expect(bodyRead(journal)).toEqual(asStored(body));
    expect(partNames()).toHaveLength(Math.ceil(101 / PART_BLOCKS));
  });

  it('leaves the entry before whole when storage fills part-way through a write', () => {
    const journal = browserJournal(localStorage);
    const first = docJson(editor.state.doc);
    journal.write(entryFor(first));
    const names = partNames();
    // Typing in two paragraphs far apart: two parts to store; the storage refuses the second.
    editor.commands.insertContentAt(endOf(editor, 90), ' Late words.');
    editor.commands.insertContentAt(endOf(editor, 5), ' Early words.');
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
    try {
      journal.write(entryFor(docJson(editor.state.doc), 'Changed headline'));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(bodyRead(journal)).toEqual(asStored(first));
    expect(journal.read(ID)!.snapshot.fields.headline).toBe('Ferry strike');
    expect(partNames()).toEqual(names);
    // The next write, with room again, holds both.
    journal.write(entryFor(docJson(editor.state.doc)));
    const text = JSON.stringify(bodyRead(journal));
    expect(text).toContain('Late words.');
    expect(text).toContain('Early words.');
  });

  it('never mixes two windows’ parts: the last to write is read back whole, and clearing leaves nothing', () => {
    const one = browserJournal(localStorage);
    const two = browserJournal(localStorage);
    const first = docJson(editor.state.doc);
    one.write(entryFor(first));
    const other = takeBodyEditor(story());
    other.commands.insertContentAt(endOf(other, 10), ' Typed in the second window.');
    const second = docJson(other.state.doc);
    other.destroy();
    two.write(entryFor(second));
    expect(bodyRead(one)).toEqual(asStored(second));
    // The browser tells the first window that the second changed the storage (it tells no window of its own writes).
    window.dispatchEvent(new StorageEvent('storage', { key: `galley.recovery.${ID}`, storageArea: localStorage }));
    // The first window writes the same story again: the parts it wrote before are gone, so none is taken as stored.
    one.write(entryFor(first));
    expect(bodyRead(two)).toEqual(asStored(first));
    // The second window's save clears the journal: nothing is offered back, and the first window's parts are gone.
    const firstWindows = partNames();
    two.clear(ID);
    expect(one.read(ID)).toBeNull();
    expect(partNames().filter((name) => firstWindows.includes(name))).toEqual([]);
    // Its own stay for its next write until its editor closes; then nothing is left behind.
    two.close(ID);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('galley.recovery.'))).toEqual([]);
  });

  it('after a save clears the entry, stores only the part typed in next, reads back every word, and closes clean', () => {
    const journal = browserJournal(localStorage);
    journal.write(entryFor(docJson(editor.state.doc)));
    journal.clear(ID);
    expect(journal.read(ID)).toBeNull();
    const kept = partNames();
    editor.commands.insertContentAt(endOf(editor, 70), ' Typed after the save.');
    const body = docJson(editor.state.doc);
    journal.write(entryFor(body));
    expect(partNames().filter((name) => !kept.includes(name))).toHaveLength(1);
    expect(bodyRead(journal)).toEqual(asStored(body));
    // Closed with the entry unsaved: the entry and every part it names stay, to be offered back.
    journal.close(ID);
    expect(bodyRead()).toEqual(asStored(body));
    // Saved, then closed: nothing is left.
    journal.clear(ID);
    journal.close(ID);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('galley.recovery.'))).toEqual([]);
  });

  it('still reads an entry an earlier Galley wrote whole, and replaces it with parts', () => {
    const body = story();
    localStorage.setItem(`galley.recovery.${ID}`, JSON.stringify(entryFor(body)));
    const journal = browserJournal(localStorage);
    expect(bodyRead(journal)).toEqual(body);
    journal.write(entryFor(docJson(editor.state.doc), 'Later'));
    expect(bodyRead(journal)).toEqual(asStored(docJson(editor.state.doc)));
    expect(partNames()).toHaveLength(Math.ceil(100 / PART_BLOCKS));
  });

  it('reads back every word when another window removed its parts before the storage event came', () => {
    const one = browserJournal(localStorage);
    const two = browserJournal(localStorage);
    const first = docJson(editor.state.doc);
    one.write(entryFor(first));
    // The second window's first write clears what other windows left; the first window has not heard of it yet.
    two.write(entryFor(first, 'Second window'));
    editor.commands.insertContentAt(endOf(editor, 70), ' Typed before the news arrived.');
    const typed = docJson(editor.state.doc);
    one.write(entryFor(typed));
    expect(bodyRead(one)).toEqual(asStored(typed));
  });
});
