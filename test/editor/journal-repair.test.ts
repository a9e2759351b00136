// @vitest-environment jsdom
// A journal entry left by an older Galley, holding the bug report's quote
// mark and a headline with a control character from Word: read back through
// the real browser journal, it is one the contract accepts, words kept.
import { describe, expect, it } from 'vitest';
import { api } from '../../src/shared/contract/api';
import { browserJournal } from '../../src/renderer/editor/recovery-journal';
import { setKnownSpeakerIds } from '../../src/renderer/editor/known-speakers';

describe('restoring from the recovery journal', () => {
  it('repairs what it restores, so “Restore it” can never bring back an unsaveable story', () => {
    setKnownSpeakerIds(['sp-known']);
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'quoted words', marks: [{ type: 'quote', attrs: { quoteId: 'Q1', speakerId: 'sp-gone' } }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'kept as a paragraph' }] },
      ],
    };
    const entry = {
      articleId: 'abcdef-123',
      baseRevision: 3,
      at: '2026-12-07T08:00:00.000Z',
      snapshot: {
        fields: { headline: 'Ferry\u000bstrike', body, futureField: 1, status: 'nonsense', targetWords: 350 },
        quotes: [{ id: 'Q1', verifiedText: null, checkedByHand: null }, { id: 'q-kept', verifiedText: 'x', checkedByHand: null }],
      },
    };
    localStorage.setItem('galley.recovery.abcdef-123', JSON.stringify(entry));
    const read = browserJournal(localStorage).read('abcdef-123')!;
    const { fields, quotes } = read.snapshot;
    expect(fields.headline).toBe('Ferry strike');
    expect(fields).not.toHaveProperty('futureField');
    expect(fields).not.toHaveProperty('status');
    expect(fields.targetWords).toBe(350);
    expect(quotes?.map((q) => q.id)).toEqual(['q-kept']);
    expect(JSON.stringify(fields.body)).toContain('kept as a paragraph');
    expect(JSON.stringify(fields.body)).not.toContain('"Q1"');
    expect(JSON.stringify(fields.body)).toContain('"speakerId":null');
    const args = { id: 'abcdef-123', baseRevision: 3, fields, quotes };
    expect(api.updateArticle.args.safeParse(args).success).toBe(true);
  });
});
