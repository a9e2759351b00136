// @vitest-environment jsdom
// Suggestion mode in the real body editor (TipTap on jsdom): edits become
// suggestion marks signed with the sub's name, the copy keeps the words
// suggested out, and accepting or rejecting is one step of undo.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { DocNode } from '../../src/shared/article/model';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { resolveInRange, resolveOne } from '../../src/renderer/suggestions/resolve';
import { suggesting } from '../../src/renderer/editor/extensions/suggest-mode';
import { listSuggestions } from '../../src/renderer/suggestions/suggestion-list';
import { readSuggestionId } from '../../src/shared/history/suggestion-id';
import { Article } from '../../src/shared/article/model';

const body: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The ferry runs on Monday.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '“The pier is safe,”', marks: [{ type: 'quote', attrs: { quoteId: 'q-pier', speakerId: 'sp-harbour' } }] },
        { type: 'text', text: ' she said.' },
      ],
    },
  ],
};
const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.isDestroyed || e.destroy()));

function suggestingEditor(): Editor {
  const editor = takeBodyEditor(body);
  editors.push(editor);
  editor.storage.suggestChanges.author = 'Rosa Lind';
  editor.commands.toggleSuggestChanges();
  expect(suggesting(editor.state)).toBe(true);
  return editor;
}
const text = (editor: Editor) => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');

describe('suggestion mode', () => {
  it('keeps a typed word and a cut word as suggestions signed by the sub, inside a quote too, and the body still saves', () => {
    const editor = suggestingEditor();
    // “The pier is| safe”: type inside the quote; cut “on Monday” from the first paragraph.
    editor.commands.insertContentAt(40, ' now');
    editor.commands.deleteRange({ from: 16, to: 25 });
    expect(text(editor)).toBe('The ferry runs on Monday.\n“The pier is now safe,” she said.');
    const list = listSuggestions(editor.state.doc);
    expect(list.map((s) => [s.kind, s.text, s.author, s.inQuote, s.quoteSpeakerId])).toEqual([
      ['deletion', 'on Monday', 'Rosa Lind', false, null],
      ['insertion', ' now', 'Rosa Lind', true, 'sp-harbour'],
    ]);
    expect(readSuggestionId(list[0].id).at).toMatch(/^\d{4}-/);
    // What the editor would save is an article the store accepts.
    expect(Article.shape.body.safeParse(editor.getJSON()).success).toBe(true);
  });

  it('accepts or rejects one suggestion, or those in a selection, each as one step of undo', () => {
    const editor = suggestingEditor();
    editor.commands.insertContentAt(40, ' now');
    editor.commands.deleteRange({ from: 16, to: 25 });
    const [cut, added] = listSuggestions(editor.state.doc);
    const before = editor.getJSON();

    expect(resolveOne(editor, cut.id, 'accept')).toBe(true);
    expect(text(editor)).toBe('The ferry runs .\n“The pier is now safe,” she said.');
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(before);

    expect(resolveOne(editor, added.id, 'reject')).toBe(true);
    expect(text(editor)).toBe('The ferry runs on Monday.\n“The pier is safe,” she said.');
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(before);

    expect(resolveInRange(editor, [cut.id, added.id], 0, editor.state.doc.content.size, 'reject')).toBe(true);
    expect(text(editor)).toBe('The ferry runs on Monday.\n“The pier is safe,” she said.');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(before);
  });
});
