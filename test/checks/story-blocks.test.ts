// @vitest-environment jsdom
// The story as the checks read it from a real TipTap editor
// (src/renderer/checks/story-blocks.ts): fields first, then every textblock
// of the body with where its text starts; a quote's words marked; a hard
// break one character; and after an edit, the blocks not typed in are the
// same objects as before (read once per node, not once per pause).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { DocNode } from '../../src/shared/article/model';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { editorBlocks } from '../../src/renderer/checks/story-blocks';

const body = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The council met.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', marks: [{ type: 'quote', attrs: { quoteId: 'q-1', speakerId: null } }], text: '“We will publish,”' },
        { type: 'text', text: ' she said.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Next line.' },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An item' }] }] }] },
  ],
} as DocNode;
const fields = { headline: 'Council to publish report', standfirst: '', byline: 'By A Reporter' };

let editor: Editor;
// Fake timers: taking the editor schedules the next spare, which must not outlive the test's window.
beforeEach(() => {
  vi.useFakeTimers();
  editor = takeBodyEditor(body);
});
afterEach(() => {
  editor.destroy();
  vi.useRealTimers();
});

describe('editorBlocks', () => {
  it('lists the fields, then each textblock with the position its text starts at', () => {
    const { blocks, starts } = editorBlocks(fields, editor.state.doc);
    expect(blocks).toEqual([
      { field: 'headline', text: 'Council to publish report' },
      { field: 'byline', text: 'By A Reporter' },
      { field: 'body', text: 'The council met.' },
      { field: 'body', text: '“We will publish,” she said.\nNext line.', quoted: [[0, 18]] },
      { field: 'body', text: 'An item' },
    ]);
    expect(starts.slice(0, 2)).toEqual([null, null]);
    // Each start is where the block's text begins in the document.
    const doc = editor.state.doc;
    blocks.slice(2).forEach((block, i) => {
      const start = starts[i + 2]!;
      expect(doc.textBetween(start, start + block.text.length, undefined, '\n')).toBe(block.text);
    });
  });

  it('gives the same block for a paragraph an edit did not touch, and a new one for the paragraph typed in', () => {
    const before = editorBlocks(fields, editor.state.doc).blocks;
    editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize - 1, ' Again.');
    const after = editorBlocks(fields, editor.state.doc).blocks;
    expect(after[2]).toEqual({ field: 'body', text: 'The council met. Again.' });
    expect(after[2]).not.toBe(before[2]);
    expect(after[3]).toBe(before[3]);
    expect(after[4]).toBe(before[4]);
  });
});
