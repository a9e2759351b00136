// Reading and rewriting the quote marks in a body. The marks are the truth
// about which words are a quotation and who said them; QuoteRecords only add
// a sub's checks beside them.
import type { BlockNode, DocNode, InlineNode } from './model';

export interface TaggedSegment {
  /** Index into textblocks(doc): paragraphs and crossheads in reading order. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface TaggedQuote {
  quoteId: string;
  speakerId: string | null;
  segments: TaggedSegment[];
  /** Segments joined with a space: a run-on quotation reads as one. */
  text: string;
}

/** Every tagged quotation in reading order of its first segment. */
export function taggedQuotes(doc: DocNode): TaggedQuote[] {
  const byId = new Map<string, TaggedQuote>();
  let paragraph = 0;
  const visitInline = (content: InlineNode[] | undefined) => {
    let offset = 0;
    let open: { quote: TaggedQuote; segment: TaggedSegment } | null = null;
    for (const node of content ?? []) {
      const length = node.type === 'text' ? node.text.length : 1;
      const mark = node.type === 'text' ? node.marks?.find((m) => m.type === 'quote') : undefined;
      if (mark && mark.type === 'quote') {
        const { quoteId, speakerId } = mark.attrs;
        if (open && open.quote.quoteId === quoteId && open.segment.end === offset) {
          open.segment.end += length;
          open.segment.text += (node as { text: string }).text;
        } else {
          let quote = byId.get(quoteId);
          if (!quote) {
            quote = { quoteId, speakerId, segments: [], text: '' };
            byId.set(quoteId, quote);
          }
          const segment: TaggedSegment = { paragraph, start: offset, end: offset + length, text: (node as { text: string }).text };
          quote.segments.push(segment);
          open = { quote, segment };
        }
      } else {
        open = null;
      }
      offset += length;
    }
    paragraph++;
  };
  const walk = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') visitInline(node.content);
      else if (node.type === 'bulletList' || node.type === 'orderedList') for (const item of node.content) walk(item.content);
      else if (node.type === 'blockquote') walk(node.content);
    }
  };
  walk(doc.content);
  const quotes = [...byId.values()];
  for (const quote of quotes) quote.text = quote.segments.map((s) => s.text).join(' ');
  return quotes;
}

/** A copy of the body with every quote of `fromSpeaker` given to `toSpeaker` (merging duplicates). */
export function retagSpeaker(doc: DocNode, fromSpeaker: string, toSpeaker: string): { doc: DocNode; changed: number } {
  let changed = 0;
  const mapInline = (content: InlineNode[] | undefined): InlineNode[] | undefined =>
    content?.map((node) => {
      if (node.type !== 'text' || !node.marks?.some((m) => m.type === 'quote' && m.attrs.speakerId === fromSpeaker)) return node;
      changed++;
      return {
        ...node,
        marks: node.marks.map((m) => (m.type === 'quote' && m.attrs.speakerId === fromSpeaker ? { ...m, attrs: { ...m.attrs, speakerId: toSpeaker } } : m)),
      };
    });
  const mapBlocks = (nodes: BlockNode[]): BlockNode[] =>
    nodes.map((node): BlockNode => {
      switch (node.type) {
        case 'paragraph':
        case 'heading':
          return node.content ? { ...node, content: mapInline(node.content) } : node;
        case 'bulletList':
        case 'orderedList':
          return { ...node, content: node.content.map((item) => ({ ...item, content: mapBlocks(item.content) })) } as BlockNode;
        case 'blockquote':
          return { ...node, content: mapBlocks(node.content) };
        default:
          return node;
      }
    });
  const next = { type: 'doc' as const, content: mapBlocks(doc.content) };
  return { doc: next, changed };
}
