// Suggestions not yet taken, as exports carry them: left out of every text
// format (insertions dropped, deletions kept), and in DOCX as Word's own
// tracked changes, read back by pandoc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportDocx } from '../../src/services/export/docx';
import { writeExports } from '../../src/services/export/write-exports';
import { blankFields, type Article, type DocNode } from '../../src/shared/article/model';
import { Article as ArticleSchema } from '../../src/shared/article/model';
import { bodyWithoutSuggestions, countSuggestions } from '../../src/shared/export/resolve-suggestions';
import { suggestionId } from '../../src/shared/history/suggestion-id';

const dir = mkdtempSync(path.join(tmpdir(), 'galley-suggestions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rosa = suggestionId('Rosa Lind', new Date('2026-03-02T09:15:00.000Z'), 'a1');
const ben = suggestionId('Ben Okri', new Date('2026-03-02T10:40:00.000Z'), 'b2');
const quote = { type: 'quote' as const, attrs: { quoteId: 'q-pier', speakerId: 'sp-harbour' } };
const body: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The ferry will run again from ' },
        { type: 'text', text: 'Monday', marks: [{ type: 'deletion', attrs: { id: rosa } }] },
        { type: 'text', text: 'Tuesday', marks: [{ type: 'insertion', attrs: { id: rosa } }] },
        { type: 'text', text: ', the operator said.' },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '“The pier is ', marks: [quote] },
        { type: 'text', text: 'now ', marks: [quote, { type: 'insertion', attrs: { id: ben } }] },
        { type: 'text', text: 'safe,”', marks: [quote] },
        { type: 'text', text: ' she said.' },
      ],
    },
  ],
};
const article: Article = ArticleSchema.parse({
  ...blankFields(),
  headline: 'Ferry back',
  body,
  id: 'ferry-suggestions',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T11:00:00.000Z',
  revision: 3,
});

describe('a body with suggestions', () => {
  test('counts each suggestion once, and reads as if every one were rejected', () => {
    expect(countSuggestions(body)).toBe(3);
    const resolved = bodyWithoutSuggestions(body);
    expect(countSuggestions(resolved)).toBe(0);
    expect(JSON.stringify(resolved)).not.toMatch(/insertion|deletion/);
    const texts = resolved.content.map((p) => ((p as { content: Array<{ text: string }> }).content ?? []).map((t) => t.text).join(''));
    expect(texts).toEqual(['The ferry will run again from Monday, the operator said.', '“The pier is safe,” she said.']);
    // The quote keeps its speaker.
    expect(JSON.stringify(resolved.content[1])).toContain('sp-harbour');
  });

  test('is exported without the suggested words in every text format', async () => {
    const written = await writeExports(article, [], ['txt', 'md', 'html', 'nitf', 'newsml', 'ninjs'], dir);
    for (const { path: file, format } of written) {
      const text = readFileSync(file, 'utf8');
      expect(text, format).toContain('Monday');
      expect(text, format).not.toContain('Tuesday');
      expect(text, format).not.toMatch(/pier is now/);
    }
  });

  test('goes to DOCX as Word tracked changes, signed and dated, which pandoc reads back', async () => {
    const file = path.join(dir, 'ferry.docx');
    writeFileSync(file, await exportDocx(article, []));
    const all = execFileSync('pandoc', ['-f', 'docx', '--track-changes=all', '-t', 'native', file], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(all).toContain('Span ( "" , [ "deletion" ] , [ ( "author" , "Rosa Lind" ) , ( "date" , "2026-03-02T09:15:00.000Z" ) ] ) [ Str "Monday" ]');
    expect(all).toContain('Span ( "" , [ "insertion" ] , [ ( "author" , "Rosa Lind" ) , ( "date" , "2026-03-02T09:15:00.000Z" ) ] ) [ Str "Tuesday" ]');
    expect(all).toContain('Span ( "" , [ "insertion" ] , [ ( "author" , "Ben Okri" ) , ( "date" , "2026-03-02T10:40:00.000Z" ) ] ) [ Str "now" ]');
    const accepted = execFileSync('pandoc', ['-f', 'docx', '--track-changes=accept', '-t', 'plain', file], { encoding: 'utf8' });
    expect(accepted).toMatch(/from Tuesday, the operator/);
    expect(accepted).toMatch(/pier is now safe/);
    const rejected = execFileSync('pandoc', ['-f', 'docx', '--track-changes=reject', '-t', 'plain', file], { encoding: 'utf8' });
    expect(rejected).toMatch(/from Monday, the operator/);
    expect(rejected).toMatch(/pier is safe/);
  });
});
