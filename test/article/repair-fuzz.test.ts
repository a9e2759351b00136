// The one repair step (src/shared/article/repair.ts) against a generated set
// of hostile and malformed bodies: every one must come out as a body the
// article contract accepts, with every word of text it held, in order, and
// a body that was already valid must come out as it went in.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { repairDoc } from '../../src/shared/article/repair';
import { api } from '../../src/shared/contract/api';
import { describeRefusal } from '../../src/shared/contract/refusal';
import { hostileDoc, mulberry32 } from './hostile';

const DOCS = 6_000;
const TAKEN = new Set(['q-taken-1', 'q-taken-2']);
const KNOWN = new Set(['sp-known', 'sp-ann-qazi']);

function textOf(doc: DocNode): string {
  let out = '';
  const stack: unknown[] = [doc];
  while (stack.length) {
    const node = stack.pop() as { type: string; text?: string; content?: unknown[] };
    if (node.type === 'text') out += node.text;
    if (node.content) for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
  }
  return out;
}

function quoteMarks(doc: DocNode): Array<{ quoteId: string; speakerId: string | null }> {
  const out: Array<{ quoteId: string; speakerId: string | null }> = [];
  const stack: unknown[] = [doc];
  while (stack.length) {
    const node = stack.pop() as { marks?: Array<{ type: string; attrs?: { quoteId: string; speakerId: string | null } }>; content?: unknown[] };
    for (const mark of node.marks ?? []) if (mark.type === 'quote') out.push(mark.attrs!);
    const content = node.content ?? [];
    for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
  }
  return out;
}

describe('repairDoc over generated hostile bodies', () => {
  it(`turns each of ${DOCS.toLocaleString('en-GB')} into a body the contract accepts, keeping every word in order`, () => {
    const random = mulberry32(20261207);
    let counter = 0;
    const newQuoteId = () => (random() < 0.02 ? 'q-taken-1' : `q-fresh-${++counter}`); // sometimes a clash, which must be retried
    const tally = { docs: 0, alreadyValid: 0, repaired: 0, reshaped: 0, words: 0 };
    const failures: string[] = [];
    for (let i = 0; i < DOCS; i++) {
      const { input, words, valid } = hostileDoc(random);
      const { value: doc, changes, reshaped } = repairDoc(input, { takenQuoteIds: TAKEN, knownSpeakerIds: KNOWN, newQuoteId });
      tally.docs++;
      tally.words += words.length;
      if (changes === 0) tally.alreadyValid++;
      else tally.repaired++;
      if (reshaped) tally.reshaped++;
      const args = { id: 'abcdef-123', baseRevision: 1, fields: { body: doc } };
      const parsed = api.updateArticle.args.safeParse(args);
      if (!parsed.success) {
        failures.push(`#${i}: ${describeRefusal(parsed.error.issues)} ${JSON.stringify(parsed.error.issues[0]).slice(0, 200)}`);
        continue;
      }
      expect(textOf(doc), `#${i}: the words in order`).toBe(words.join(''));
      for (const { quoteId, speakerId } of quoteMarks(doc)) {
        expect(TAKEN.has(quoteId), `#${i}: ${quoteId} is another quote's`).toBe(false);
        if (speakerId !== null) expect(KNOWN.has(speakerId), `#${i}: speaker ${speakerId}`).toBe(true);
      }
      if (valid) expect(changes, `#${i}: a valid body is left alone`).toBe(0);
      // Repairing what the repair made changes nothing.
      expect(repairDoc(doc, { takenQuoteIds: TAKEN, knownSpeakerIds: KNOWN }).changes, `#${i}: twice`).toBe(0);
    }
    console.log(
      `[repair fuzz] ${tally.docs} generated bodies: ${tally.alreadyValid} valid as given, ${tally.repaired} repaired (${tally.reshaped} reshaped), ` +
        `${failures.length} refused by the contract after repair; ${tally.words} words all kept`,
    );
    expect(failures).toEqual([]);
    expect(tally.docs).toBeGreaterThanOrEqual(5_000);
    expect(tally.repaired).toBeGreaterThan(tally.docs / 2);
    expect(tally.alreadyValid).toBeGreaterThan(100);
  });

  it('gives the pasted quote from the bug report a fresh id, and leaves a speaker the directory lacks speakerless', () => {
    const pasted = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'quoted words', marks: [{ type: 'quote', attrs: { quoteId: 'Q1', speakerId: 'sp-gone' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'and more', marks: [{ type: 'quote', attrs: { quoteId: 'Q1', speakerId: 'sp-known' } }] }] },
      ],
    };
    const { value, changes } = repairDoc(pasted, { knownSpeakerIds: KNOWN, newQuoteId: () => 'q-new-one' });
    expect(changes).toBeGreaterThan(0);
    // One original id, one fresh id: the run-on quote stays one quote.
    expect(quoteMarks(value)).toEqual([
      { quoteId: 'q-new-one', speakerId: null },
      { quoteId: 'q-new-one', speakerId: 'sp-known' },
    ]);
    expect(api.updateArticle.args.safeParse({ id: 'abcdef-123', baseRevision: 1, fields: { body: value } }).success).toBe(true);
  });
});
