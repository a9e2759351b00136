// @vitest-environment jsdom
// The changes panel's list, read block by block and kept per block node: the
// same suggestions as a walk of the whole story (a suggestion running over
// paragraphs is one, a paragraph suggested in whole counts as ¶, inside a
// quote it keeps the speaker), and after typing in one paragraph only that
// paragraph is read again.
import type { Node as PMNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { listSuggestions, type Suggestion } from '../../src/renderer/suggestions/suggestion-list';
import { readSuggestionId, suggestionId } from '../../src/shared/history/suggestion-id';
import type { DocNode } from '../../src/shared/article/model';

const rosa = suggestionId('Rosa Lind', new Date(Date.UTC(2026, 0, 1, 9)), 'aaaaaa');
const sam = suggestionId('Sam Ode', new Date(Date.UTC(2026, 0, 1, 10)), 'bbbbbb');
const rosaLater = suggestionId('Rosa Lind', new Date(Date.UTC(2026, 0, 1, 11)), 'cccccc');
const mark = (type: string, id: string, more: object[] = []) => [{ type, attrs: { id } }, ...more];
const quote = { type: 'quote', attrs: { quoteId: 'q-pier', speakerId: 'sp-harbour' } };
const story = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The ferry ' }, { type: 'text', text: 'boat runs', marks: mark('insertion', rosa) }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'on\u200b Monday', marks: mark('insertion', rosa) }, { type: 'text', text: ' and Tuesday', marks: mark('deletion', sam) }] },
    { type: 'paragraph', marks: mark('insertion', sam), content: [{ type: 'text', text: 'A new paragraph.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '“The pier is' }, { type: 'text', text: ' now', marks: mark('insertion', rosaLater, [quote]) }, { type: 'text', text: ' safe,” she said.' }] },
  ],
} as DocNode;

/** The list as read by one walk of the whole story, the way it was read before it was kept per block. */
function wholeWalk(doc: PMNode): Suggestion[] {
  const byKey = new Map<string, Suggestion>();
  doc.descendants((node, pos) => {
    for (const m of node.marks) {
      if (!['insertion', 'deletion', 'modification'].includes(m.type.name)) continue;
      const id = m.attrs.id as string;
      const key = `${m.type.name}:${id}`;
      const text = (node.isText ? node.text! : '¶').replace(/\u200b/g, '');
      const existing = byKey.get(key);
      if (existing) {
        existing.text += text;
        existing.to = pos + node.nodeSize;
        continue;
      }
      const q = node.marks.find((x) => x.type.name === 'quote');
      const { author, at } = readSuggestionId(id);
      byKey.set(key, { id, kind: m.type.name as Suggestion['kind'], text, from: pos, to: pos + node.nodeSize, author, at, inQuote: !!q, quoteSpeakerId: (q?.attrs.speakerId as string) ?? null });
    }
    return true;
  });
  return [...byKey.values()].sort((a, b) => a.from - b.from);
}

describe('the suggestions list, kept per block', () => {
  it('lists what a walk of the whole story lists, before and after typing', () => {
    const editor = takeBodyEditor(story);
    const first = listSuggestions(editor.state.doc);
    expect(first).toEqual(wholeWalk(editor.state.doc));
    expect(first.map((s) => [s.kind, s.text, s.author, s.quoteSpeakerId])).toEqual([
      ['insertion', 'boat runson Monday', 'Rosa Lind', null],
      ['deletion', ' and Tuesday', 'Sam Ode', null],
      ['insertion', '¶', 'Sam Ode', null],
      ['insertion', ' now', 'Rosa Lind', 'sp-harbour'],
    ]);
    editor.commands.insertContentAt(1, 'Tonight ');
    const second = listSuggestions(editor.state.doc);
    expect(second).toEqual(wholeWalk(editor.state.doc));
    expect(second[0].from).toBe(first[0].from + 'Tonight '.length);
    // A list handed out is the caller's: changing it changes nothing kept.
    second[0].text = 'CHANGED';
    expect(listSuggestions(editor.state.doc)).toEqual(wholeWalk(editor.state.doc));
    editor.destroy();
  });

  it('reads again only the block typed in: the others are the readings made before', () => {
    const editor = takeBodyEditor(story);
    const last = editor.state.doc.lastChild!;
    listSuggestions(editor.state.doc);
    // Marks are never changed in place in ProseMirror; changed here, an unchanged reading shows the block was not read again.
    const nowText = last.child(1) as unknown as { text: string };
    const kept = nowText.text;
    nowText.text = ' LATER';
    editor.commands.insertContentAt(1, 'Tonight ');
    expect(editor.state.doc.lastChild).toBe(last);
    const list = listSuggestions(editor.state.doc);
    expect(list.find((s) => s.inQuote)?.text).toBe(kept);
    expect(list[0].text).toBe('boat runson Monday');
    editor.destroy();
  });
});
