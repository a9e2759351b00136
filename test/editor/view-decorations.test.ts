// @vitest-environment jsdom
// The body's decorations reach the view as ONE set: the checks' underlines,
// the overmatter and the quote suggestions together. Typing maps that set and
// puts no drawing in again; a source that draws afresh (the checks' answer
// after a pause, the overmatter measured again) is patched in, and what the
// sub sees is always every source's decorations, no more, no fewer.
import { Editor, type JSONContent } from '@tiptap/core';
import type { DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import { checksKey, checksPlugin, decorationsFor, placedMatches, type PlacedMatch } from '../../src/renderer/checks/checks-plugin';
import { bodyExtensions } from '../../src/renderer/editor/extensions';
import { QuoteSuggestions, quoteSuggestionsKey } from '../../src/renderer/editor/extensions/quote-suggestions';
import { overmatterKey } from '../../src/renderer/editor/overmatter-plugin';
import { viewDecorationsKey } from '../../src/renderer/editor/view-decorations';
import { blockStart, positionAt } from '../../src/renderer/preview/positions';
import type { CheckMatch } from '../../src/shared/checks/model';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
const p = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const match = (text: string): CheckMatch => ({ ruleId: 'spelling', kind: 'spelling', level: 'error', message: `${text}?`, block: 0, start: 0, end: text.length, text, suggestions: [] });

/** A body editor as the app has it, with the checks' plugin registered after it is made. */
function editorWith(texts: string[]): Editor {
  const editor = new Editor({ extensions: [...bodyExtensions, QuoteSuggestions], content: { type: 'doc', content: texts.map(p) } });
  editor.registerPlugin(checksPlugin({ open: () => {} }));
  editors.push(editor);
  return editor;
}
const at = (editor: Editor, block: number, text: string): PlacedMatch => {
  const from = positionAt(editor.state.doc, block, editor.state.doc.child(block).textContent.indexOf(text));
  return { match: match(text), from, to: from + text.length };
};
const underline = (editor: Editor, placed: PlacedMatch[]) =>
  editor.view.dispatch(editor.state.tr.setMeta(checksKey, decorationsFor(editor.state, placed)).setMeta('addToHistory', false));
/** Every set the view is handed: more than one and ProseMirror groups them. */
const handed = (editor: Editor) => {
  const sets: DecorationSet[] = [];
  editor.view.someProp('decorations', (f) => {
    const set = f.call(editor.view, editor.state) as DecorationSet | null;
    if (set && set.find().length) sets.push(set);
  });
  return sets;
};
const shape = (set: DecorationSet) => set.find().map((d) => `${d.from}-${d.to}`).sort();
/** What the sources hold now, together: what the one set must show. */
const sources = (editor: Editor) =>
  [checksKey.getState(editor.state)!, overmatterKey.getState(editor.state)!.decorations, quoteSuggestionsKey.getState(editor.state)!].flatMap((s) => s.find().map((d) => `${d.from}-${d.to}`)).sort();
const patches = (editor: Editor) => viewDecorationsKey.getState(editor.state)!.patches;
const text = (editor: Editor, selector: string) => [...editor.view.dom.querySelectorAll(selector)].map((el) => el.textContent);
const typeAt = (editor: Editor, pos: () => number, chars: string) => {
  for (const ch of chars) editor.chain().setTextSelection(pos()).insertContent(ch).run();
};

describe('the body’s one decoration set', () => {
  it('hands the view one set holding underlines, overmatter and suggestions', () => {
    const editor = editorWith(['The harbur trust met.', 'Cut from here on.', 'Three.', '“We will,” she said.']);
    underline(editor, [at(editor, 0, 'harbur')]);
    editor.commands.setOvermatter(positionAt(editor.state.doc, 1, 'Cut '.length));
    const quote = at(editor, 3, '“We will,”');
    editor.view.dispatch(editor.state.tr.setMeta(quoteSuggestionsKey, [{ suggestionId: 's1', from: quote.from, to: quote.to }]));
    const sets = handed(editor);
    expect(sets).toHaveLength(1);
    expect(shape(sets[0])).toEqual(sources(editor));
    expect(text(editor, '.check-mark')).toEqual(['harbur']);
    expect(text(editor, '.overmatter:not(.overmatter-from)')).toEqual(['from here on.']);
    expect(text(editor, ':scope > .overmatter-from')).toEqual(['Three.']);
    expect(text(editor, '.quote-suggestion')).toEqual(['“We will,”']);
  });

  it('typing maps the one set and puts no drawing in again', () => {
    const editor = editorWith(['The harbur trust met.', 'Fees rose by 10% in May.', 'Cut from here on.', 'Four.', 'Five.']);
    underline(editor, [at(editor, 0, 'harbur'), at(editor, 1, '10%')]);
    editor.commands.setOvermatter(positionAt(editor.state.doc, 2, 'Cut '.length));
    handed(editor);
    const before = patches(editor);
    // Above the underlines, between them, and further down the overmatter (where the overmatter's marks are only moved).
    typeAt(editor, () => 1, 'New ');
    typeAt(editor, () => blockStart(editor.state.doc, 1) + 1, 'The ');
    typeAt(editor, () => blockStart(editor.state.doc, 4) + 1 + editor.state.doc.child(4).content.size, ' more');
    expect(patches(editor)).toBe(before);
    expect(shape(handed(editor)[0])).toEqual(sources(editor));
    expect(placedMatches(editor.state).map((m) => editor.state.doc.textBetween(m.from, m.to))).toEqual(['harbur', '10%']);
    expect(text(editor, '.check-mark')).toEqual(['harbur', '10%']);
    expect(text(editor, ':scope > .overmatter-from')).toEqual(['Four.']);
  });

  it('a source drawing afresh is patched in, the others kept: a new checks answer, the overmatter set again by typing at the cut', () => {
    const editor = editorWith(['The harbur trust met.', 'Fees rose by 10% in May.', 'Cut from here on.', 'Four.']);
    underline(editor, [at(editor, 0, 'harbur')]);
    editor.commands.setOvermatter(positionAt(editor.state.doc, 2, 'Cut '.length));
    handed(editor);
    underline(editor, [at(editor, 1, '10%')]);
    expect(text(editor, '.check-mark')).toEqual(['10%']);
    expect(text(editor, '.overmatter:not(.overmatter-from)')).toEqual(['from here on.']);
    // Typing at the end of the block the slot ends in sets the overmatter's marks again on each key.
    const endOfCut = () => blockStart(editor.state.doc, 2) + 1 + editor.state.doc.child(2).content.size;
    const before = patches(editor);
    typeAt(editor, endOfCut, ' and on');
    expect(patches(editor)).toBeGreaterThan(before);
    expect(shape(handed(editor)[0])).toEqual(sources(editor));
    expect(text(editor, '.overmatter:not(.overmatter-from)')).toEqual(['from here on. and on']);
    expect(text(editor, ':scope > .overmatter-from')).toEqual(['Four.']);
    expect(text(editor, '.check-mark')).toEqual(['10%']);
    editor.commands.setOvermatter(null);
    expect(text(editor, '[data-overmatter]')).toEqual([]);
    expect(text(editor, '.check-mark')).toEqual(['10%']);
  });

  it('the checks taken away take their underlines with them', () => {
    const editor = editorWith(['The harbur trust met.']);
    underline(editor, [at(editor, 0, 'harbur')]);
    expect(text(editor, '.check-mark')).toEqual(['harbur']);
    editor.unregisterPlugin(checksKey);
    expect(text(editor, '.check-mark')).toEqual([]);
    expect(handed(editor)).toEqual([]);
  });
});
