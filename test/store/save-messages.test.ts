// A refused save reads as a sentence for the sub, through the real dispatch
// and services on a temp library: the part of the story and the reason,
// never a schema path, a call name or a validator's words.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/shared/contract/dispatch';
import { openGalley } from '../../src/services/galley';
import { describeSaveState, plainMessage } from '../../src/renderer/editor/autosave';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

const DEVELOPER = /updateArticle|fields\.|Too big|expected|<=|Invalid input/;

describe('a refused save, as the status bar shows it', () => {
  it('names the part and the reason in plain words; a 2,000-character headline is not refused at all', async () => {
    const library = await mkdtemp(join(tmpdir(), 'galley-messages-'));
    made.push(library);
    const galley = await openGalley({ library });
    try {
      const created = await dispatch(galley.handlers, 'createArticle', { fields: { headline: 'Ferry strike' } });
      const article = (created as { ok: true; value: { id: string; revision: number } }).value;

      const long = await dispatch(galley.handlers, 'updateArticle', { id: article.id, baseRevision: article.revision, fields: { headline: 'x'.repeat(2_000) } });
      expect(long.ok).toBe(true);

      const control = await dispatch(galley.handlers, 'updateArticle', { id: article.id, baseRevision: 2, fields: { headline: 'Ferry\u000bstrike' } });
      expect(control).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'The headline holds control characters; your text is still in the editor.' } });

      const badBody = await dispatch(galley.handlers, 'updateArticle', { id: article.id, baseRevision: 2, fields: { body: { type: 'doc', content: [{ type: 'video' }] } } });
      expect(badBody.ok).toBe(false);
      const message = (badBody as { error: { message: string } }).error.message;
      expect(message).toBe('The body holds something Galley cannot save; your text is still in the editor.');
      expect(message).not.toMatch(DEVELOPER);
    } finally {
      await galley.close();
    }
  });

  it('never shows a developer’s message in the status bar', () => {
    const dev = 'updateArticle: fields.headline: Too big: expected string to have <=400 characters';
    expect(describeSaveState({ kind: 'error', code: 'invalid-argument', message: dev })).not.toMatch(DEVELOPER);
    expect(plainMessage(dev)).toMatch(/^Galley could not save this story as it stands\. Your text is still in the editor/);
    const sentence = 'Could not save “Budget”: the disk is full (/srv/library/articles/abc-123456.json).';
    expect(plainMessage(sentence)).toBe(sentence);
  });
});
