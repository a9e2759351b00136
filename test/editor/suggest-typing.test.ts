// @vitest-environment jsdom
// The cheap path for typing in suggestion mode (editor/extensions/suggest-typing.ts)
// must make exactly what the library makes. Over a sequence of typed, deleted
// and pasted edits in the real body editor, each edit is turned both ways from
// the same state: where the cheap path takes it, its steps, document,
// selection and stored marks equal the library's; where it does not, the
// library does the work. Typed text is also made the one-step way (already
// marked), which must give the same document, selection and stored marks in
// one step. The story then goes on from the library's result.
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/core';
import { Fragment, Slice } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { suggestionId } from '../../src/shared/history/suggestion-id';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { extendOwnInsertion, typeOntoOwnInsertion } from '../../src/renderer/editor/extensions/suggest-typing';
import { listSuggestions } from '../../src/renderer/suggestions/suggestion-list';

const body: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The ferry runs on Monday.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '“The pier is safe,”', marks: [{ type: 'quote', attrs: { quoteId: 'q-pier', speakerId: 'sp-harbour' } }] }, { type: 'text', text: ' she said.' }] },
  ],
};

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.isDestroyed || e.destroy()));

/** The text of the document with each suggestion shown: [+inserted+] and [-deleted-]. */
function marked(state: EditorState): string {
  let out = '';
  state.doc.descendants((node) => {
    if (node.isBlock && out) out += '\n';
    if (!node.isText) return true;
    const kind = node.marks.find((m) => m.type.name === 'insertion' || m.type.name === 'deletion')?.type.name;
    out += kind === 'insertion' ? `[+${node.text}+]` : kind === 'deletion' ? `[-${node.text}-]` : node.text;
    return false;
  });
  return out.replace(/\+\]\[\+/g, '').replace(/-\]\[-/g, '');
}

describe('typing onto the sub’s own suggested insertion', () => {
  it('makes the same steps, document, selection and stored marks as the library, over typed, deleted and pasted edits', () => {
    const editor = takeBodyEditor(body);
    editors.push(editor);
    let author = 'Rosa Lind';
    let n = 0;
    const ids = () => suggestionId(author, new Date(Date.UTC(2026, 0, 1, 9, 0, n)), `id${String(++n).padStart(4, '0')}`);
    const taken: string[] = [];
    const takenInOneStep: string[] = [];
    const stored = (tr: Transaction) => [tr.storedMarksSet, tr.storedMarks?.map((m) => m.toJSON()) ?? null];

    /** Makes the edit twice from the same state, turns it both ways, compares, and goes on from the library's. */
    const edit = (name: string, make: (state: EditorState) => Transaction, typed?: string) => {
      const state = editor.state;
      const library = transformToSuggestionTransaction(make(state), state, ids);
      const cheap = extendOwnInsertion(make(state), author);
      if (cheap) {
        taken.push(name);
        expect(cheap.steps.map((s) => s.toJSON()), name).toEqual(library.steps.map((s) => s.toJSON()));
        expect(cheap.doc.eq(library.doc), name).toBe(true);
        expect(cheap.selection.toJSON(), name).toEqual(library.selection.toJSON());
        expect(stored(cheap), name).toEqual(stored(library));
      }
      const one = typed === undefined ? null : typeOntoOwnInsertion(state, state.selection.from, state.selection.to, typed, author);
      if (one) {
        takenInOneStep.push(name);
        expect(one.steps.length, name).toBe(1);
        expect(one.doc.eq(library.doc), name).toBe(true);
        expect(one.selection.toJSON(), name).toEqual(library.selection.toJSON());
        expect(stored(one), name).toEqual(stored(library));
      }
      editor.view.updateState(state.apply(library));
    };
    const at = (pos: number) => (state: EditorState) => state.tr.setSelection(TextSelection.create(state.doc, pos));
    const type = (text: string) => (state: EditorState) => state.tr.insertText(text);
    const backspace = (state: EditorState) => state.tr.delete(state.selection.from - 1, state.selection.from);
    const moveTo = (pos: number) => editor.view.updateState(editor.state.apply(at(pos)(editor.state)));

    // “The ferry| runs”: a new insertion, then typed onto, a letter taken back, typed again.
    moveTo(10);
    edit('first space', type(' '));
    for (const ch of 'boat') edit(`typed ${ch}`, type(ch), ch);
    edit('backspace', backspace);
    edit('typed s', type('s'), 's');
    // Typed in the middle of the sub's own insertion: the library's work (it adds an empty step there).
    moveTo(editor.state.selection.from - 2);
    edit('typed inside', type('o'), 'o');
    // Bold carried by the stored marks onto the next letter.
    moveTo(editor.state.selection.from + 2);
    edit('typed bold', (state) => state.tr.setStoredMarks([state.schema.marks.bold.create()]).insertText('!'));
    editor.view.updateState(editor.state.apply(editor.state.tr.setStoredMarks([editor.state.schema.marks.italic.create()])));
    edit('typed italic', type('i'), 'i');
    // A paste of two runs (plain and italic): the library's own work.
    edit('pasted', (state) => state.tr.replaceSelection(new Slice(Fragment.from([state.schema.text(' and '), state.schema.text('ships', [state.schema.marks.italic.create()])]), 0, 0)));
    edit('typed after paste', type('!'), '!');
    // Another sub typing onto Rosa's insertion: the library joins it to hers, as before.
    author = 'Sam Ode';
    edit('other sub', type('?'), '?');
    author = 'Rosa Lind';
    // “Monday” cut, then typed just before the cut word: the library moves the new insertion past the cut, and the next letter is typed onto it.
    const monday = editor.state.doc.textBetween(0, editor.state.doc.content.size).indexOf('Monday') + 1;
    edit('cut Monday', (state) => state.tr.delete(monday, monday + 6));
    moveTo(monday);
    edit('typed before cut', type('T'), 'T');
    edit('typed onto insertion before cut', type('u'), 'u');
    // Inside the quote: the insertion keeps the quote's mark and its speaker.
    const pier = editor.state.doc.content.firstChild!.nodeSize + 1 + '“The pier is'.length;
    moveTo(pier);
    edit('quote space', type(' '), ' ');
    for (const ch of 'now') edit(`quote ${ch}`, type(ch), ch);

    const typedOnto = ['typed b', 'typed o', 'typed a', 'typed t', 'typed s', 'typed italic', 'typed after paste', 'typed onto insertion before cut', 'quote n', 'quote o', 'quote w'];
    expect(taken).toEqual([...typedOnto.slice(0, 5), 'typed bold', ...typedOnto.slice(5)]);
    expect(takenInOneStep).toEqual(typedOnto);
    expect(marked(editor.state)).toBe('The ferry[+ booas!i and ships!?+] runs on [-Monday-][+Tu+].\n“The pier is[+ now+] safe,” she said.');
    const inQuote = listSuggestions(editor.state.doc).find((s) => s.text === ' now');
    expect([inQuote?.author, inQuote?.quoteSpeakerId]).toEqual(['Rosa Lind', 'sp-harbour']);
  });

  it('in the editor, a typed word onto the sub’s insertion is one suggestion and one step of undo', () => {
    const editor = takeBodyEditor(body);
    editors.push(editor);
    editor.storage.suggestChanges.author = 'Rosa Lind';
    editor.commands.toggleSuggestChanges();
    const before = editor.getJSON();
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 10)));
    for (const ch of ' boats') editor.view.dispatch(editor.state.tr.insertText(ch));
    expect(listSuggestions(editor.state.doc).map((s) => [s.kind, s.text, s.author])).toEqual([['insertion', ' boats', 'Rosa Lind']]);
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(before);
  });

  it('a letter typed through the editor’s text input onto the sub’s insertion arrives marked, one step; the word stays one suggestion and one step of undo', () => {
    const editor = takeBodyEditor(body);
    editors.push(editor);
    editor.storage.suggestChanges.author = 'Rosa Lind';
    editor.commands.toggleSuggestChanges();
    const before = editor.getJSON();
    const made: { steps: number; text: string }[] = [];
    editor.on('transaction', ({ transaction }) => {
      if (transaction.docChanged) made.push({ steps: transaction.steps.length, text: transaction.doc.textBetween(0, transaction.doc.content.size, '\n') });
    });
    const view = editor.view;
    // As ProseMirror calls it after reading a typed character from the DOM; deflt is its own insertText.
    const typeIn = (ch: string) => {
      const { from, to } = view.state.selection;
      const deflt = () => view.state.tr.insertText(ch, from, to);
      if (!view.someProp('handleTextInput', (f) => f(view, from, to, ch, deflt))) view.dispatch(deflt());
    };
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 10)));
    for (const ch of ' boat2s') typeIn(ch);
    // The space starts the suggestion (the library's steps); each letter and digit after it is one step.
    expect(made.slice(1).map((m) => m.steps)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(made.at(-1)?.text.startsWith('The ferry boat2s runs')).toBe(true);
    expect(listSuggestions(editor.state.doc).map((s) => [s.kind, s.text, s.author])).toEqual([['insertion', ' boat2s', 'Rosa Lind']]);
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(before);
    // Suggestion mode off: the same letters are plain typing.
    editor.commands.toggleSuggestChanges();
    typeIn('x');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
  });
});
