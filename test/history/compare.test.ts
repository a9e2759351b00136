// Comparing two states of a story by its document structure: which words of
// which paragraph changed, the fields beside the body, and the quotes.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { blankFields } from '../../src/shared/article/model';
import { docFromParagraphs } from '../../src/shared/article/text';
import { changedRuns, compareStories, compareText, type Comparable } from '../../src/shared/history/compare';
import { bodyDoc } from '../../src/shared/history/schema';

const story = (body: DocNode, fields: Partial<Comparable> = {}): Comparable => ({ ...blankFields(), headline: 'Ferry service resumes', ...fields, body });
const quoted = (before: string, words: string, after: string, speakerId: string | null = 'sp-harbour'): DocNode => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The ferry runs again.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text' as const, text: before },
        { type: 'text' as const, text: words, marks: [{ type: 'quote' as const, attrs: { quoteId: 'q-pier', speakerId } }] },
        { type: 'text' as const, text: after },
      ].filter((node) => node.text),
    },
  ],
});

describe('comparing the body', () => {
  it('finds the changed words inside the one changed paragraph and leaves the rest alone', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says nothing new about the ferry.`);
    const edited = [...paragraphs];
    edited[17] = 'Paragraph 17 says something new about the island ferry.';
    const { body, bodyParts } = compareStories(story(docFromParagraphs(paragraphs)), story(docFromParagraphs(edited)));
    expect(body.map((c) => [c.deleted, c.inserted.trim()])).toEqual([
      ['nothing', 'something'],
      ['', 'island'],
    ]);
    // The positions are the documents' own: the old words at A, the new at B.
    const docA = bodyDoc(docFromParagraphs(paragraphs));
    const docB = bodyDoc(docFromParagraphs(edited));
    expect(docA.textBetween(body[0].fromA, body[0].toA)).toBe('nothing');
    expect(docB.textBetween(body[1].fromB, body[1].toB).trim()).toBe('island');
    expect(bodyParts.filter((p) => p.op !== 'same')).toEqual([
      { op: 'deleted', text: 'nothing' },
      { op: 'inserted', text: 'something' },
      { op: 'inserted', text: body[1].inserted },
    ]);
    expect(bodyParts.map((p) => p.text).join('').includes('Paragraph 39 says nothing new about the ferry.')).toBe(true);
  });

  it('reports whole paragraphs added and cut, with the blank line between blocks kept', () => {
    const a = docFromParagraphs(['First.', 'Second, to be cut.', 'Third.']);
    const b = docFromParagraphs(['First.', 'Third.', 'Fourth, added.']);
    const { body, bodyParts } = compareStories(story(a), story(b));
    expect(body.map((c) => [c.deleted.trim(), c.inserted.trim()])).toEqual([
      ['Second, to be cut.', ''],
      ['', 'Fourth, added.'],
    ]);
    const text = (op: string) => bodyParts.filter((p) => p.op === op).map((p) => p.text.trim());
    expect(text('deleted')).toEqual(['Second, to be cut.']);
    expect(text('inserted')).toEqual(['Fourth, added.']);
  });

  it('finds nothing between a story and itself', () => {
    const a = docFromParagraphs(['One.', 'Two.']);
    const result = compareStories(story(a), story(structuredClone(a)));
    expect(result.body).toEqual([]);
    expect(result.fields).toEqual([]);
    expect(result.quotes).toEqual([]);
    expect(result.bodyParts).toEqual([{ op: 'same', text: 'One.\n\nTwo.' }]);
  });
});

describe('comparing the fields and quotes', () => {
  it('diffs each changed field word by word', () => {
    const result = compareStories(
      story(docFromParagraphs(['x']), { standfirst: 'Repairs took six weeks', tags: ['transport'], status: 'subbing' }),
      story(docFromParagraphs(['x']), { standfirst: 'Repairs took eight weeks', tags: ['transport', 'islands'], status: 'ready' }),
    );
    expect(result.fields.map((f) => f.field)).toEqual(['standfirst', 'tags', 'status']);
    expect(result.fields[0].parts).toEqual([
      { op: 'same', text: 'Repairs took ' },
      { op: 'deleted', text: 'six' },
      { op: 'inserted', text: 'eight' },
      { op: 'same', text: ' weeks' },
    ]);
    expect(compareText('', 'New headline')).toEqual([{ op: 'inserted', text: 'New headline' }]);
  });

  it('calls out a quote whose words changed after filing, and names the change as inside that quote', () => {
    const filed = quoted('', '“The pier is safe again,”', ' the harbour master said.');
    const subbed = quoted('', '“The pier is safe,”', ' the harbour master said.');
    const result = compareStories(story(filed), story(subbed));
    expect(result.quotes).toEqual([
      {
        quoteId: 'q-pier',
        kind: 'words',
        before: { text: '“The pier is safe again,”', speakerId: 'sp-harbour' },
        after: { text: '“The pier is safe,”', speakerId: 'sp-harbour' },
        parts: expect.arrayContaining([{ op: 'deleted', text: expect.stringContaining('again') }]),
      },
    ]);
    expect(result.body).toHaveLength(1);
    expect(result.body[0].quoteIds).toEqual(['q-pier']);
  });

  it('tells a change of speaker from a change of words, and sees quotes tagged since', () => {
    const result = compareStories(story(quoted('', '“Safe,”', ' she said.', 'sp-harbour')), story(quoted('', '“Safe,”', ' she said.', 'sp-mayor')));
    expect(result.body).toEqual([]);
    expect(result.quotes.map((q) => [q.kind, q.before?.speakerId, q.after?.speakerId])).toEqual([['speaker', 'sp-harbour', 'sp-mayor']]);
    const untagged = docFromParagraphs(['The ferry runs again.', '“Safe,” she said.']);
    expect(compareStories(story(untagged), story(quoted('', '“Safe,”', ' she said.'))).quotes.map((q) => q.kind)).toEqual(['tagged']);
  });
});

describe('lining up blocks', () => {
  it('pairs only identical blocks outside the changed runs, for any edit of any list', () => {
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
    for (let round = 0; round < 300; round++) {
      // Few distinct keys, so repeats (the blank paragraph, a repeated crosshead) are common.
      const a = Array.from({ length: random(30) }, () => `k${random(8)}`);
      const b = [...a];
      for (let e = random(6); e > 0; e--) {
        const at = random(b.length + 1);
        if (random(2) && b.length) b.splice(Math.min(at, b.length - 1), 1);
        else b.splice(at, 0, `k${random(12)}`);
      }
      const runs = changedRuns(a, b);
      let i = 0;
      let j = 0;
      for (const run of [...runs, { a: [a.length, a.length], b: [b.length, b.length] }]) {
        expect(run.a[0] - i).toBe(run.b[0] - j);
        for (; i < run.a[0]; i++, j++) expect(a[i]).toBe(b[j]);
        i = run.a[1];
        j = run.b[1];
      }
      expect([i, j]).toEqual([a.length, b.length]);
    }
  });
});
