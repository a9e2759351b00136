// Self-checking article versions: every paragraph names the revision it was
// written for, and the last one carries a checksum of the rest, so a file
// that mixed two saves, or lost its tail, cannot pass for a complete one.
import { createHash } from 'node:crypto';
import type { Article, DocNode } from '../../src/shared/article/model';
import { docFromParagraphs } from '../../src/shared/article/text';

const WORDS = ['council', 'budget', 'minister', 'said', 'on', 'Tuesday', 'the', 'vote', 'was', 'close', 'schools', 'rates', 'rise', 'cut'];

/** A body for `revision`, between 1 and 600 paragraphs long so saves differ in size (up to ~60 KB of text). */
export function versionBody(revision: number, seed: number): DocNode {
  let state = (seed ^ (revision * 2654435761)) >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const count = 1 + (next() % 600);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 4 + (next() % 12) }, () => WORDS[next() % WORDS.length]);
    paragraphs.push(`r${revision} p${i} ${words.join(' ')}.`);
  }
  paragraphs.push(`checksum r${revision} ${digest(paragraphs)}`);
  return docFromParagraphs(paragraphs);
}

function digest(paragraphs: string[]): string {
  return createHash('sha256').update(paragraphs.join('\n')).digest('hex');
}

function paragraphTexts(body: DocNode): string[] {
  return body.content.map((block) => {
    const content = (block as { content?: Array<{ text?: string }> }).content ?? [];
    return content.map((inline) => inline.text ?? '').join('');
  });
}

/** Why `article` is not one complete version written by `versionBody`, or null if it is. */
export function versionProblem(article: Article, headlinePrefix = 'Revision'): string | null {
  const revision = article.revision;
  if (!article.headline.startsWith(`${headlinePrefix} `) || !article.headline.endsWith(` ${revision}`)) {
    return `headline “${article.headline}” does not name revision ${revision}`;
  }
  const texts = paragraphTexts(article.body);
  const last = texts.pop() ?? '';
  const expected = `checksum r${revision} ${digest(texts)}`;
  if (last !== expected) return `the checksum paragraph does not match the body (revision ${revision}, ${texts.length} paragraphs)`;
  const stray = texts.findIndex((text, i) => !text.startsWith(`r${revision} p${i} `));
  if (stray >= 0) return `paragraph ${stray} belongs to another revision: “${texts[stray].slice(0, 40)}”`;
  return null;
}
