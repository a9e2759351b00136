// @vitest-environment jsdom
// The overmatter's two marks while the sub types in a long overmatter: an edit
// away from the blocks they hang on only moves them (the set is mapped, not
// made again over the whole story), and an edit in those blocks sets them
// again, so the look is the same whichever way they were kept.
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../src/renderer/editor/extensions';
import { overmatterFrom, overmatterKey } from '../../src/renderer/editor/overmatter-plugin';
import { blockStart, positionAt } from '../../src/renderer/preview/positions';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
const p = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
function editorWith(texts: string[]): Editor {
  const editor = new Editor({ extensions: bodyExtensions, content: { type: 'doc', content: texts.map(p) } });
  editors.push(editor);
  return editor;
}
/** The marks as drawn: the inline tail's text, then the first block wholly over (app.css marks the blocks after it). */
const drawn = (editor: Editor) => ({
  tail: [...editor.view.dom.querySelectorAll('.overmatter:not(.overmatter-from)')].map((el) => el.textContent).join('|'),
  from: editor.view.dom.querySelector(':scope > .overmatter-from')?.textContent ?? null,
  marks: editor.view.dom.querySelectorAll('[data-overmatter]').length,
});
const decorations = (editor: Editor) => overmatterKey.getState(editor.state)!.decorations;

describe('the overmatter marks as the sub types', () => {
  it('typing further down the overmatter moves nothing and makes no new marks', () => {
    const editor = editorWith(['Kept.', 'Cut from here on.', 'Three.', 'Four.', 'Five.']);
    editor.commands.setOvermatter(positionAt(editor.state.doc, 1, 'Cut '.length));
    const before = drawn(editor);
    expect(before).toEqual({ tail: 'from here on.', from: 'Three.', marks: 2 });
    const marks = decorations(editor).find();
    const endOfFour = () => blockStart(editor.state.doc, 3) + 1 + editor.state.doc.child(3).content.size;
    for (const ch of ' and more') editor.chain().setTextSelection(endOfFour()).insertContent(ch).run();
    expect(editor.state.doc.child(3).textContent).toBe('Four. and more');
    expect(drawn(editor)).toEqual(before);
    // The same two decorations (their types are the objects made at setOvermatter), only mapped: the typing never reached the blocks they hang on.
    expect(decorations(editor).find().map((d) => (d as unknown as { type: unknown }).type)).toEqual(marks.map((d) => (d as unknown as { type: unknown }).type));
    decorations(editor).find().forEach((d, i) => expect((d as unknown as { type: unknown }).type).toBe((marks[i] as unknown as { type: unknown }).type));
    expect(decorations(editor).find().map((d) => [d.from, d.to])).toEqual(marks.map((d) => [d.from, d.to]));
  });

  it('typing above the cut moves the marks with the copy', () => {
    const editor = editorWith(['Kept.', 'Cut from here on.', 'Three.', 'Four.']);
    const cut = positionAt(editor.state.doc, 1, 'Cut '.length);
    editor.commands.setOvermatter(cut);
    editor.commands.insertContentAt(1, 'New ');
    expect(overmatterFrom(editor.state)).toBe(cut + 4);
    expect(drawn(editor)).toEqual({ tail: 'from here on.', from: 'Three.', marks: 2 });
  });

  it('an edit in the blocks the marks hang on sets them again: the first block wholly over deleted, the next takes its mark', () => {
    const editor = editorWith(['Kept.', 'Cut from here on.', 'Three.', 'Four.']);
    editor.commands.setOvermatter(positionAt(editor.state.doc, 1, 'Cut '.length));
    const three = blockStart(editor.state.doc, 2);
    editor.commands.deleteRange({ from: three, to: three + editor.state.doc.child(2).nodeSize });
    expect(drawn(editor)).toEqual({ tail: 'from here on.', from: 'Four.', marks: 2 });
    // Typing at the end of the tail block: it stays overmatter.
    editor.commands.insertContentAt(blockStart(editor.state.doc, 1) + 1 + 'Cut from here on.'.length, ' Still over.');
    expect(drawn(editor)).toEqual({ tail: 'from here on. Still over.', from: 'Four.', marks: 2 });
  });
  it('marks the first block wholly over on its element, with no decoration on a whole block of the story, and no edit read from it', async () => {
    const editor = editorWith(['Kept.', 'Cut from here on.', 'Three.', 'Four.']);
    editor.commands.setOvermatter(positionAt(editor.state.doc, 1, 'Cut '.length));
    // A decoration on a top-level block makes ProseMirror walk the whole story the slow way on every key.
    const wholeBlocks = new Set<string>();
    editor.state.doc.forEach((node, offset) => wholeBlocks.add(`${offset}-${offset + node.nodeSize}`));
    expect(decorations(editor).find().filter((d) => wholeBlocks.has(`${d.from}-${d.to}`))).toEqual([]);
    const doc = editor.state.doc;
    // ProseMirror's DOM observer reports after a task: the class put on the element is not read as the sub's edit.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(editor.state.doc).toBe(doc);
    expect(drawn(editor)).toEqual({ tail: 'from here on.', from: 'Three.', marks: 2 });
    // Typing in the marked block, and undoing it, draw it afresh: the mark follows and leaves nothing behind.
    editor.chain().setTextSelection(blockStart(editor.state.doc, 2) + 1).insertContent('Now ').run();
    expect(drawn(editor)).toEqual({ tail: 'from here on.', from: 'Now Three.', marks: 2 });
    editor.commands.undo();
    expect(drawn(editor)).toEqual({ tail: 'from here on.', from: 'Three.', marks: 2 });
    editor.commands.setOvermatter(null);
    expect(drawn(editor)).toEqual({ tail: '', from: null, marks: 0 });
  });
});
