// @vitest-environment jsdom
// The body editor's plugins made fewer (src/renderer/editor/lean-plugins.ts),
// in a real TipTap editor on jsdom: the keymaps next to each other are one
// plugin, and keys, Enter, undo and the input rules ("> ", "1. ", "**bold**",
// "---") behave as before. The gate's premise is checked against TipTap's
// own rules in an editor that is not made lean: a letter or digit typed after
// any start of a rule fires none of them.
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { TextSelection, type Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { DocNode } from '../../src/shared/article/model';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { bodyCoreExtensions, bodyExtensions } from '../../src/renderer/editor/extensions';
import { ENDS_NO_RULE } from '../../src/renderer/editor/lean-plugins';

const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] }) as DocNode;
const editors: Editor[] = [];
const keep = (editor: Editor) => (editors.push(editor), editor);
afterEach(() => editors.splice(0).forEach((e) => e.isDestroyed || e.destroy()));

/** Types `text` at the caret as ProseMirror does for a key: the plugins' handleTextInput first, else the plain insert. */
function type(view: EditorView, text: string): void {
  for (const ch of text) {
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(ch, from, to);
    if (!view.someProp('handleTextInput', (f) => f(view, from, to, ch, insert))) view.dispatch(insert());
  }
}

const caretAtEnd = (editor: Editor) => editor.view.dispatch(editor.state.tr.setSelection(TextSelection.atEnd(editor.state.doc)));
const keyOnly = (p: Plugin) => Object.keys(p.props).join() === 'handleKeyDown' && !p.spec.state && !p.spec.view && !p.spec.appendTransaction;

describe('the lean body editor', () => {
  it('has each run of keymaps as one plugin, with no key handler stepped over', () => {
    const editor = keep(takeBodyEditor(doc('The council met.')));
    const built = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(editor.extensionManager), 'plugins')!.get!.call(editor.extensionManager) as Plugin[];
    const plugins = editor.state.plugins;
    expect(plugins.length).toBeLessThan(built.length - 15);
    // Between two keymap-only plugins there is always another plugin that handles keys.
    const keyHandlers = plugins.filter((p) => p.props.handleKeyDown);
    for (let i = 1; i < keyHandlers.length; i++) expect(keyOnly(keyHandlers[i - 1]) && keyOnly(keyHandlers[i])).toBe(false);
  });

  it('keeps the keys: Mod-b bolds, Enter splits, Mod-z undoes', () => {
    const editor = keep(takeBodyEditor(doc('The council met.')));
    const key = (init: KeyboardEventInit) => editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 1, 4)));
    key({ key: 'b', ctrlKey: true });
    expect(editor.state.doc.firstChild!.firstChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
    caretAtEnd(editor);
    key({ key: 'Enter' });
    expect(editor.state.doc.childCount).toBe(2);
    key({ key: 'z', ctrlKey: true });
    expect(editor.state.doc.childCount).toBe(1);
  });

  it('keeps the input rules and types a letter plainly', () => {
    const cases: Array<[string, (e: Editor) => unknown, unknown]> = [
      ['> ', (e) => e.state.doc.firstChild!.type.name, 'blockquote'],
      ['1. ', (e) => e.state.doc.firstChild!.type.name, 'orderedList'],
      ['- ', (e) => e.state.doc.firstChild!.type.name, 'bulletList'],
      ['## ', (e) => e.state.doc.firstChild!.type.name, 'heading'],
      ['a **bold**', (e) => e.state.doc.firstChild!.lastChild!.marks.map((m) => m.type.name), ['bold']],
      ['an *aside*', (e) => e.state.doc.firstChild!.lastChild!.marks.map((m) => m.type.name), ['italic']],
      ['Plain text 42', (e) => e.state.doc.textContent, 'Plain text 42'],
    ];
    for (const [text, read, expected] of cases) {
      const editor = keep(takeBodyEditor(doc('')));
      caretAtEnd(editor);
      type(editor.view, text);
      expect(read(editor), text).toEqual(expected);
    }
  });
});

describe("the gate's premise, in an editor that is not made lean", () => {
  it('no input rule fires on a letter or digit typed after any start of one', () => {
    const editor = keep(new Editor({ extensions: bodyExtensions, enableCoreExtensions: bodyCoreExtensions, content: doc('') }));
    const starts = ['>', '> ', '-', '- ', '+ ', '* ', '1.', '1. ', '#', '## ', '### ', '--', '---', '—-', '__', '___', '***', '**bold**', '**bold', '*aside*', '_aside_', '__bold__', 'a **bold**', 'a _aside_'];
    for (const start of starts) {
      for (const ch of ['a', 'Z', 'é', '7']) {
        expect(ENDS_NO_RULE.test(ch)).toBe(true);
        editor.commands.setContent(doc(start));
        caretAtEnd(editor);
        const before = editor.getJSON();
        const { from, to } = editor.state.selection;
        const fired = editor.view.someProp('handleTextInput', (f) => f(editor.view, from, to, ch, () => editor.state.tr.insertText(ch, from, to)));
        expect(fired ?? false, `${start}${ch}`).toBe(false);
        expect(editor.getJSON()).toEqual(before);
      }
    }
    // A rule does fire on what ends one, so the check above can fail.
    editor.commands.setContent(doc('>'));
    caretAtEnd(editor);
    const { from } = editor.state.selection;
    expect(editor.view.someProp('handleTextInput', (f) => f(editor.view, from, from, ' ', () => editor.state.tr.insertText(' ', from, from)))).toBe(true);
  });
});
