// @vitest-environment jsdom
// The overmatter mark in a real TipTap editor (jsdom): set from a position to
// the end, mapped through the sub's edits until copyfit sets it again, cleared
// on request; and the preview's text offsets mapped back to positions.
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../src/renderer/editor/extensions';
import { overmatterFrom } from '../../src/renderer/editor/overmatter-plugin';
import { blockStart, copyTextNodes, positionAt } from '../../src/renderer/preview/positions';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function editorWith(paragraphs: JSONContent[]): Editor {
  // The editor's own extension list, which includes Overmatter.
  const editor = new Editor({ extensions: bodyExtensions, content: { type: 'doc', content: paragraphs } });
  editors.push(editor);
  return editor;
}
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const t = (text: string): JSONContent => ({ type: 'text', text });
/** The copy marked: inline marks, then the first block wholly over and every block after it (app.css: `.overmatter-from ~ *`). */
const marked = (editor: Editor) => {
  const dom = editor.view.dom;
  const parts = [...dom.querySelectorAll('.overmatter:not(.overmatter-from)')].map((el) => el.textContent);
  for (let block = dom.querySelector(':scope > .overmatter-from'); block; block = block.nextElementSibling) parts.push(block.textContent);
  return parts.join('|');
};
/** How many marks carry the overmatter: two at most, however long it runs. */
const markCount = (editor: Editor) => editor.view.dom.querySelectorAll('[data-overmatter]').length;

describe('the Overmatter extension', () => {
  it('marks from a position to the end of the copy, across blocks', () => {
    const editor = editorWith([p(t('Intro stays in.')), p(t('Second para is cut here.')), p(t('Third goes too.'))]);
    const from = positionAt(editor.state.doc, 1, 'Second para '.length);
    editor.commands.setOvermatter(from);
    expect(overmatterFrom(editor.state)).toBe(from);
    expect(marked(editor)).toBe('is cut here.|Third goes too.');
  });

  it('marks a long overmatter with two marks, and keeps a block split or joined in it marked', () => {
    const editor = editorWith([p(t('Kept.')), p(t('Cut from here on.')), p(t('Three.')), p(t('Four.')), p(t('Five.'))]);
    editor.commands.setOvermatter(positionAt(editor.state.doc, 1, 'Cut '.length));
    expect(marked(editor)).toBe('from here on.|Three.|Four.|Five.');
    expect(markCount(editor)).toBe(2);
    // Enter in the middle of a block wholly over, then Backspace to join it again.
    const inFour = positionAt(editor.state.doc, 3, 'Fo'.length);
    editor.chain().setTextSelection(inFour).splitBlock().run();
    expect(marked(editor)).toBe('from here on.|Three.|Fo|ur.|Five.');
    editor.chain().joinBackward().run();
    expect(marked(editor)).toBe('from here on.|Three.|Four.|Five.');
    // Enter at the cut: the block the slot ends in is then wholly over from the new block on.
    editor.chain().setTextSelection(overmatterFrom(editor.state)!).splitBlock().run();
    expect(marked(editor)).toBe('from here on.|Three.|Four.|Five.');
    expect(editor.state.doc.child(1).textContent).toBe('Cut ');
    expect(markCount(editor)).toBe(1);
  });

  it('follows the copy as the sub edits above it, and clears when the overmatter is cut', () => {
    const editor = editorWith([p(t('Intro stays in.')), p(t('Second para.')), p(t('Third goes.'))]);
    editor.commands.setOvermatter(blockStart(editor.state.doc, 2) + 1);
    editor.commands.insertContentAt(1, 'New ');
    expect(marked(editor)).toBe('Third goes.');
    // Typing on at the end of the overmatter stays overmatter.
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' More');
    expect(marked(editor)).toBe('Third goes. More');
    // Cutting the last paragraph takes the overmatter with it.
    const start = blockStart(editor.state.doc, 2);
    editor.commands.deleteRange({ from: start - 1, to: editor.state.doc.content.size - 1 });
    expect(marked(editor)).toBe('');
  });

  it('is cleared by setOvermatter(null) and does not add to the undo history', () => {
    const editor = editorWith([p(t('One.')), p(t('Two.'))]);
    editor.commands.setOvermatter(blockStart(editor.state.doc, 1) + 1);
    expect(marked(editor)).toBe('Two.');
    editor.commands.setOvermatter(null);
    expect(marked(editor)).toBe('');
    expect(editor.can().undo()).toBe(false);
  });
});

describe('positions from the preview', () => {
  it('maps a text offset in a block to its position, hard breaks taking no character', () => {
    const editor = editorWith([p(t('Intro.')), p(t('Line one'), { type: 'hardBreak' }, t('line two'))]);
    const doc = editor.state.doc;
    expect(blockStart(doc, 1)).toBe(8);
    expect(positionAt(doc, 1, 0)).toBe(9);
    expect(doc.textBetween(positionAt(doc, 1, 'Line one'.length), doc.content.size)).toBe('line two');
    expect(positionAt(doc, 5, 0)).toBe(doc.content.size);
  });

  it('reads a rendered list’s copy without the renderer’s line breaks between items', () => {
    const host = document.createElement('div');
    host.innerHTML = '<ul data-block="3">\n<li>First</li>\n<li>\n<p>Second</p>\n</li>\n</ul>';
    expect(copyTextNodes(host.firstElementChild!).map((n) => n.data)).toEqual(['First', 'Second']);
  });
});
