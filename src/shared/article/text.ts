// Plain-text views of the body: what counts, search and the exporters read.
import type { BlockNode, DocNode, InlineNode } from './model';

export function inlineText(content: InlineNode[] | undefined): string {
  if (!content) return '';
  let out = '';
  for (const node of content) out += node.type === 'text' ? node.text : '\n';
  return out;
}

/** Every textblock (paragraph or crosshead) in reading order, lists and blockquotes flattened. */
export function textblocks(doc: DocNode): Array<{ kind: 'paragraph' | 'heading'; text: string }> {
  const out: Array<{ kind: 'paragraph' | 'heading'; text: string }> = [];
  const walk = (nodes: readonly BlockNode[] | undefined) => {
    if (!nodes) return;
    for (const node of nodes) {
      if (node.type === 'paragraph') out.push({ kind: 'paragraph', text: inlineText(node.content) });
      else if (node.type === 'heading') out.push({ kind: 'heading', text: inlineText(node.content) });
      else if (node.type === 'bulletList' || node.type === 'orderedList') for (const item of node.content) walk(item.content);
      else if (node.type === 'blockquote') walk(node.content);
    }
  };
  walk(doc.content);
  return out;
}

export function bodyText(doc: DocNode): string {
  return textblocks(doc)
    .map((b) => b.text)
    .join('\n\n');
}

// A word is a run of letters or digits, allowing inner apostrophes, hyphens,
// en dashes and slashes ("it’s", "nation-building", "7–2", "and/or"), as
// newsroom counts treat them.
const WORD = /[\p{L}\p{N}]+(?:['’\-‐–/][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** Characters as a sub counts them: user-perceived characters, not UTF-16 units. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function bodyWords(doc: DocNode): number {
  let n = 0;
  for (const block of textblocks(doc)) n += countWords(block.text);
  return n;
}

/** Paragraph-per-block body from plain text lines: used by import and tests. */
export function docFromParagraphs(paragraphs: readonly string[]): DocNode {
  const content: BlockNode[] = paragraphs
    .filter((p) => p.length > 0)
    .map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }));
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
