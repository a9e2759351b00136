// @vitest-environment jsdom
// The quote panels' model, read block by block from the settled document:
// the same paragraphs and tagged quotes as reading the whole story (a quote
// running on over paragraphs, quotes in lists and blockquotes, crossheads
// counted as paragraphs), and after typing in one paragraph only that
// paragraph is read again.
import { describe, expect, it } from 'vitest';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { docJson } from '../../src/renderer/editor/settled-document';
import { quoteModel } from '../../src/renderer/quotes/use-quote-model';
import { setKnownSpeakerIds } from '../../src/renderer/editor/known-speakers';
import { taggedQuotes } from '../../src/shared/article/quote-marks';
import { textblocks } from '../../src/shared/article/text';
import type { DocNode } from '../../src/shared/article/model';

const quote = (text: string, quoteId: string, speakerId: string | null) => ({ type: 'text', text, marks: [{ type: 'quote', attrs: { quoteId, speakerId } }] });
const plain = (text: string) => ({ type: 'text', text });
const story = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [plain('The council met. '), quote('“We will not cut the budget,', 'q-run', 'sp-one')] },
    { type: 'paragraph', content: [quote('not this year,”', 'q-run', 'sp-one'), plain(' said Ms Qazi.')] },
    { type: 'heading', attrs: { level: 2 }, content: [plain('Flood defences')] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [quote('“Too late,”', 'q-list', null), plain(' one said.')] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [plain('A letter: '), quote('“Fix the wall,”', 'q-letter', 'sp-two')] }] },
    { type: 'paragraph', content: [quote('“And the road.”', 'q-run', 'sp-one')] },
  ],
} as DocNode;

const whole = (doc: DocNode) => ({ paragraphs: textblocks(doc).map((b) => b.text), tagged: taggedQuotes(doc) });

describe('the quote model, block by block', () => {
  it('is what reading the whole story gives, before and after typing', () => {
    setKnownSpeakerIds(['sp-one', 'sp-two']);
    const editor = takeBodyEditor(story);
    const first = docJson(editor.state.doc);
    const { version, ...model } = quoteModel(first, 1);
    expect(version).toBe(1);
    expect(model).toEqual(whole(first));
    expect(model.tagged.find((q) => q.quoteId === 'q-run')!.segments.map((s) => s.paragraph)).toEqual([0, 1, 5]);
    editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize + 5, 'still ');
    const second = docJson(editor.state.doc);
    const { version: _v, ...again } = quoteModel(second, 2);
    expect(again).toEqual(whole(second));
    expect(again.paragraphs[1]).toContain('not still this year');
    // Reading twice changes nothing the first reading handed out.
    expect(quoteModel(first, 3).tagged).toEqual(whole(first).tagged);
    editor.destroy();
  });

  it('reads again only the blocks typed in: the others are the readings made before', () => {
    const editor = takeBodyEditor(story);
    const first = docJson(editor.state.doc);
    quoteModel(first, 1);
    // A block's JSON is shared and never changed in Galley; changed here, an unchanged reading shows it was not read again.
    (first.content[5] as { content: { text: string }[] }).content[0].text = 'CHANGED AFTER IT WAS READ';
    editor.commands.insertContentAt(1, 'Tonight ');
    const second = docJson(editor.state.doc);
    expect(second.content[5]).toBe(first.content[5]);
    const model = quoteModel(second, 2);
    expect(model.paragraphs[0]).toMatch(/^Tonight The council met/);
    expect(model.paragraphs[5]).toBe('“And the road.”');
    editor.destroy();
  });
});
