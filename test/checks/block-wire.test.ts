// @vitest-environment jsdom
// The blocks the window posts to the checks worker after a pause
// (src/renderer/checks/block-wire.ts), read from a real TipTap editor and
// copied as postMessage copies them: the worker reads back exactly the story's
// blocks each time, and only the blocks changed since the last post travel
// whole (after typing in one paragraph, that paragraph and the fields).
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { editorBlocks } from '../../src/renderer/checks/story-blocks';
import { BlockReceiver, BlockSender, type WireBlocks } from '../../src/renderer/checks/block-wire';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = {
  type: 'doc',
  content: [
    paragraph('The council met.'),
    { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'quote', attrs: { quoteId: 'q-1', speakerId: null } }], text: '“We will publish,”' }, { type: 'text', text: ' she said.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('An item')] }] },
    paragraph('The end.'),
  ],
} as DocNode;
const fields = { headline: 'Council to publish report', standfirst: '', byline: 'By A Reporter' };
const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

describe('blocks posted to the checks worker', () => {
  it('arrive as the story’s blocks after every edit, and only changed blocks travel whole', () => {
    const editor = takeBodyEditor(body);
    editors.push(editor);
    const sender = new BlockSender();
    const receiver = new BlockReceiver();
    const post = () => {
      const { blocks } = editorBlocks(fields, editor.state.doc);
      // As postMessage copies it: the worker never holds the window's objects.
      const wire = structuredClone(sender.send(blocks)) as WireBlocks;
      expect(receiver.receive(wire)).toEqual(blocks);
      return wire.filter((item) => typeof item !== 'number').map((item) => (item as { text: string }).text);
    };
    expect(post()).toEqual(['Council to publish report', 'By A Reporter', 'The council met.', '“We will publish,” she said.', 'An item', 'The end.']);
    // Nothing changed: only the fields (made afresh each time, and short) go whole.
    expect(post()).toEqual(['Council to publish report', 'By A Reporter']);
    editor.commands.insertContentAt(2, 'e');
    expect(post()).toEqual(['Council to publish report', 'By A Reporter', 'Tehe council met.']);
    // A paragraph put in, the last one emptied: places shift, texts still arrive right.
    editor.commands.insertContentAt(5, '<p>new</p>');
    post();
    const end = editor.state.doc.content.size;
    editor.commands.deleteRange({ from: end - 'The end.'.length - 1, to: end - 1 });
    expect(post()).toEqual(['Council to publish report', 'By A Reporter', '']);
    editor.commands.insertContentAt(1, 'Tonight ');
    expect(post()).toEqual(['Council to publish report', 'By A Reporter', 'Tonight Tehe']);
  });

  it('after a failed check the next list goes whole, and a list the worker cannot read says so', () => {
    const editor = takeBodyEditor(body);
    editors.push(editor);
    const sender = new BlockSender();
    const { blocks } = editorBlocks(fields, editor.state.doc);
    sender.send(blocks);
    // A worker that never read the first list (a fresh one) cannot read the second.
    expect(() => new BlockReceiver().receive(sender.send(blocks))).toThrow(/checked again whole/);
    sender.forget();
    expect(new BlockReceiver().receive(sender.send(blocks))).toEqual(blocks);
  });
});
