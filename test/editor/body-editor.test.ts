// @vitest-environment jsdom
// The body editor made ahead (src/renderer/editor/body-editor.ts, and the
// story set ahead in it by src/renderer/editor/story-opening.ts), in a real
// TipTap editor on jsdom: it holds the story it is given and nothing of the
// specimen it was first set on, undo cannot reach past the open, a body that
// does not fit the schema is refused without harm, and a story set ahead is
// used for its own read alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { Article, DocNode } from '../../src/shared/article/model';
import { prepareBodyEditor, takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { setStoryAhead, takeStoryEditor } from '../../src/renderer/editor/story-opening';

const doc = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }) as DocNode;
const story = (id: string, body: DocNode) => ({ id, body }) as unknown as Article;
const editors: Editor[] = [];
const keep = (editor: Editor) => (editors.push(editor), editor);
afterEach(() => editors.splice(0).forEach((e) => e.isDestroyed || e.destroy()));

describe('takeBodyEditor', () => {
  it('holds the story alone, rendered, with nothing to undo, from the spare as from a fresh build', async () => {
    vi.useFakeTimers();
    prepareBodyEditor();
    await vi.runAllTimersAsync(); // the spare is built (jsdom has no idle callback: at once)
    vi.useRealTimers();
    for (const body of [doc('The council met.', 'It voted 7–2.'), doc('A second story.')]) {
      const editor = keep(takeBodyEditor(body));
      expect(editor.getJSON()).toEqual(body);
      expect([...editor.view.dom.querySelectorAll('p')].map((p) => p.textContent)).toEqual(body.content.map((b) => (b as { content: { text: string }[] }).content[0].text));
      expect(editor.view.dom.textContent).not.toContain('Crosshead');
      expect(editor.can().undo()).toBe(false);
      // Typing works and is undoable back to the story as it opened, no further.
      editor.commands.insertContentAt(1, 'Today ');
      expect(editor.state.doc.textContent.startsWith('Today ')).toBe(true);
      editor.commands.undo();
      expect(editor.getJSON()).toEqual(body);
      expect(editor.can().undo()).toBe(false);
    }
  });

  it('refuses a body the schema cannot hold, and the next story still opens', () => {
    const bad = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] }] } as unknown as DocNode;
    expect(() => takeBodyEditor(bad)).toThrow();
    expect(keep(takeBodyEditor(doc('Still fine.'))).getJSON()).toEqual(doc('Still fine.'));
  });
});

describe('a story set ahead', () => {
  it('is used for its own read only', () => {
    const read = story('a', doc('Set ahead.'));
    setStoryAhead(read);
    const sameStoryReadAgain = story('a', doc('Set ahead, saved elsewhere since.'));
    const other = keep(takeStoryEditor(sameStoryReadAgain));
    expect(other.getJSON()).toEqual(sameStoryReadAgain.body);
    const ahead = keep(takeStoryEditor(read));
    expect(ahead.getJSON()).toEqual(read.body);
    expect(ahead).not.toBe(other);
    // Taken once: the same read again gets an editor of its own.
    expect(keep(takeStoryEditor(read))).not.toBe(ahead);
  });
});
