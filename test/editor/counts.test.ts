// @vitest-environment jsdom
// The body's counts summed block by block (src/renderer/article/use-counts.ts)
// read exactly what counting the whole text at once reads — crossheads,
// lists, hard breaks, a blockquote — before and after an edit in one block.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { countDoc } from '../../src/renderer/article/use-counts';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { countText } from '../../src/renderer/editor/counts';

const story = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Council votes 7–2' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The council’s vote ended' }, { type: 'hardBreak' }, { type: 'text', text: 'a nation-building row.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First item' }] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'and/or second' }] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted — at length, café.' }] }] },
  ],
} as DocNode;

describe('countDoc', () => {
  it('reads the same words and characters as the whole text counted at once, before and after an edit', () => {
    const editor = takeBodyEditor(story);
    const whole = () => countText(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '\n'));
    expect(countDoc(editor.state.doc)).toEqual(whole());
    expect(countDoc(editor.state.doc)).toEqual({ words: 18, characters: 111 });
    editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize + 1, 'Late ');
    expect(countDoc(editor.state.doc)).toEqual(whole());
    expect(countDoc(editor.state.doc).words).toBe(19);
    editor.destroy();
  });
});
