// Copy blocks into the article body: TipTap JSON as the model defines it.
// The flat block list carries just enough (list and item numbers, depth,
// blockquote groups) to rebuild lists and blockquotes here.
import type { BlockNode, DocNode, InlineNode, ListItemNode, TextNode } from '../article/model';
import { repairDoc } from '../article/repair';
import type { CopyBlock, CopyRun } from './blocks';

// The model caps a text node at 200,000 characters; a pathological one-line
// file is split into several nodes rather than refused.
const MAX_NODE_TEXT = 100_000;

/** Cut a long string into pieces, never between the halves of a surrogate pair. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (text.length - at > MAX_NODE_TEXT) {
    let end = at + MAX_NODE_TEXT;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

function textNodes(runs: readonly CopyRun[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const run of runs) {
    for (const text of pieces(run.text)) {
      const node: TextNode = { type: 'text', text };
      const marks: NonNullable<TextNode['marks']> = (run.marks ?? []).map((type) => ({ type }));
      if (run.suggestion) marks.push({ type: run.suggestion.kind, attrs: { id: run.suggestion.id } });
      if (marks.length) node.marks = marks;
      out.push(node);
    }
  }
  return out;
}

function paragraph(block: CopyBlock): BlockNode {
  const content = textNodes(block.runs);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/**
 * A crosshead. The model allows levels 2 and 3: an h1 or h2 in the body is a
 * crosshead (the page's first h1 has already become the headline), anything
 * smaller is a minor crosshead.
 */
function heading(block: CopyBlock): BlockNode {
  const level = (block.level ?? 2) <= 2 ? 2 : 3;
  const content = textNodes(block.runs);
  return content.length ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } };
}

/** Build the list starting at `start`; returns it and the index after it. */
function list(blocks: readonly CopyBlock[], start: number): [BlockNode, number] {
  const first = blocks[start].list!;
  const items: ListItemNode[] = [];
  let currentItem: number | null = null;
  let i = start;
  while (i < blocks.length) {
    const place = blocks[i].list;
    if (blocks[i].kind !== 'listItem' || !place || place.depth < first.depth) break;
    if (place.depth > first.depth) {
      const [nested, next] = list(blocks, i);
      // TipTap's list item must open with a paragraph.
      if (!items.length) items.push({ type: 'listItem', content: [{ type: 'paragraph' }] });
      items[items.length - 1].content.push(nested);
      i = next;
      continue;
    }
    if (place.list !== first.list) break;
    if (place.item === currentItem) items[items.length - 1].content.push(paragraph(blocks[i]));
    else items.push({ type: 'listItem', content: [paragraph(blocks[i])] });
    currentItem = place.item;
    i++;
  }
  const node: BlockNode = first.ordered
    ? { type: 'orderedList', attrs: { start: first.start ?? 1, type: null }, content: items }
    : { type: 'bulletList', content: items };
  return [node, i];
}

/**
 * The body for imported copy. Built to the model, then through the one repair
 * step every way into a story takes, so a list nested past what a story may
 * hold, or anything else the model would refuse, cannot make it unsaveable.
 */
export function docFromBlocks(blocks: readonly CopyBlock[]): DocNode {
  return repairDoc(buildDoc(blocks)).value;
}

function buildDoc(blocks: readonly CopyBlock[]): DocNode {
  const content: BlockNode[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (block.kind === 'listItem' && block.list) {
      const [node, next] = list(blocks, i);
      content.push(node);
      i = next;
    } else if (block.kind === 'blockquote') {
      const inner: BlockNode[] = [];
      while (i < blocks.length && blocks[i].kind === 'blockquote' && blocks[i].quote === block.quote) {
        inner.push(paragraph(blocks[i]));
        i++;
      }
      content.push({ type: 'blockquote', content: inner });
    } else {
      if (block.kind === 'heading') content.push(heading(block));
      else if (block.kind === 'rule') content.push({ type: 'horizontalRule' });
      else content.push(paragraph(block));
      i++;
    }
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
