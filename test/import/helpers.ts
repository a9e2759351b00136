// Shared checks for the import tests: what the fields hold, as text, and
// whether the article model accepts them.
import { expect } from 'vitest';
import { ArticleFields, blankFields, type BlockNode, type DocNode } from '../../src/shared/article/model';
import { textblocks } from '../../src/shared/article/text';
import type { ImportedCopy } from '../../src/services/import/import-copy';

/** Every field as one string, body JSON included: for "nothing hostile anywhere". */
export const allFields = (copy: ImportedCopy) =>
  JSON.stringify({ headline: copy.headline, standfirst: copy.standfirst, byline: copy.byline, body: copy.body });

/** The body's textblocks as plain strings, in reading order. */
export const bodyLines = (body: DocNode) => textblocks(body).map((b) => b.text);

export const topLevelTypes = (body: DocNode) => body.content.map((n: BlockNode) => n.type);

/** The store will validate imported fields with this schema: they must pass it. */
export function expectValidFields(copy: ImportedCopy): void {
  const parsed = ArticleFields.safeParse({
    ...blankFields(),
    headline: copy.headline,
    standfirst: copy.standfirst,
    byline: copy.byline,
    body: copy.body,
  });
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
