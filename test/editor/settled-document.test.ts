// @vitest-environment jsdom
// The settled document (src/renderer/editor/settled-document.ts) on a real
// TipTap editor: typing publishes nothing until the pause; the pause
// publishes the document once, to every subscriber, with its JSON made anew
// only for the blocks that changed and those blocks named; a caret move
// reaches only the subscribers that asked for it; an unsubscribed consumer
// hears nothing more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { DocNode } from '../../src/shared/article/model';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { SETTLE_MS, settledDocument, type Settled } from '../../src/renderer/editor/settled-document';

const doc = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }) as DocNode;
let editor: Editor;
beforeEach(() => {
  vi.useFakeTimers();
  editor = takeBodyEditor(doc('The council met.', 'It voted 7–2.', 'The mayor said nothing.'));
});
afterEach(() => {
  editor.destroy();
  vi.useRealTimers();
});

/** Where the text of block `index` ends (inside it). */
const endOfBlock = (index: number) => {
  let end = 0;
  editor.state.doc.forEach((block, offset, i) => i === index && (end = offset + block.nodeSize - 1));
  return end;
};

describe('settledDocument', () => {
  it('is one source per editor, and hears each new subscriber once with every block', async () => {
    expect(settledDocument(editor)).toBe(settledDocument(editor));
    const heard: Settled[] = [];
    const stop = settledDocument(editor).subscribe((s) => heard.push(s));
    expect(heard).toEqual([]);
    await vi.runAllTimersAsync();
    expect(heard).toHaveLength(1);
    expect(heard[0].json).toEqual(editor.getJSON());
    expect(heard[0].changed).toEqual([0, 1, 2]);
    stop();
  });

  it('publishes after the pause only, once for a burst of keys, naming the block typed in and reusing the others', async () => {
    const heard: Settled[] = [];
    const alsoHeard: Settled[] = [];
    const stops = [settledDocument(editor).subscribe((s) => heard.push(s)), settledDocument(editor).subscribe((s) => alsoHeard.push(s))];
    await vi.runAllTimersAsync();
    const before = heard[0];
    for (const key of ' Then it rose.') {
      editor.commands.insertContentAt(endOfBlock(1), key);
      await vi.advanceTimersByTimeAsync(SETTLE_MS / 5);
    }
    expect(heard).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    await vi.runAllTimersAsync();
    expect(heard).toHaveLength(2);
    expect(alsoHeard).toHaveLength(2);
    expect(alsoHeard[1]).toBe(heard[1]);
    const after = heard[1];
    expect(after.changed).toEqual([1]);
    expect(after.json).toEqual(editor.getJSON());
    expect((after.json.content[1] as { content: { text: string }[] }).content[0].text).toBe('It voted 7–2. Then it rose.');
    // Blocks not typed in keep their JSON object: nothing converts them again.
    expect(after.json.content[0]).toBe(before.json.content[0]);
    expect(after.json.content[2]).toBe(before.json.content[2]);
    expect(after.json.content[1]).not.toBe(before.json.content[1]);
    stops.forEach((stop) => stop());
  });

  it('tells a caret move only to subscribers that follow the selection', async () => {
    const documentOnly: Settled[] = [];
    const withSelection: Settled[] = [];
    const stops = [settledDocument(editor).subscribe((s) => documentOnly.push(s)), settledDocument(editor).subscribe((s) => withSelection.push(s), { selection: true })];
    await vi.runAllTimersAsync();
    editor.commands.setTextSelection(3);
    await vi.runAllTimersAsync();
    expect(documentOnly).toHaveLength(1);
    expect(withSelection).toHaveLength(2);
    // The same document, nothing in it new.
    expect(withSelection[1].doc).toBe(withSelection[0].doc);
    expect(withSelection[1].changed).toEqual([]);
    stops.forEach((stop) => stop());
  });

  it('hears nothing once unsubscribed, and read() gives the document as it stands without waiting', async () => {
    const heard: Settled[] = [];
    const stop = settledDocument(editor).subscribe((s) => heard.push(s));
    await vi.runAllTimersAsync();
    stop();
    editor.commands.insertContentAt(endOfBlock(0), ' Late.');
    expect(settledDocument(editor).read().json).toEqual(editor.getJSON());
    await vi.runAllTimersAsync();
    expect(heard).toHaveLength(1);
  });
});
