// The body's blocks with their words hyphenated for setting: paragraphs only
// (in lists and blockquotes too); a crosshead is set whole, as a headline is.
// Each block is hyphenated once for as long as its object lives: the preview
// reads the editor's document with untouched blocks' JSON kept, so a refresh
// hyphenates only the blocks the sub changed, and blockMarkup's cache, keyed
// by the hyphenated block, keeps their markup too.
import type { BlockNode, InlineNode } from '../article/model';
import type { HyphenationLocale, TextHyphenator } from './hyphenation';

/** What the print layout hyphenates the body with: one per locale and patterns. */
export interface BodyHyphenator {
  locale: HyphenationLocale;
  text: TextHyphenator;
  /** The block as set, soft hyphens in its paragraphs' words; the same object each time for the same block. */
  block(block: BlockNode): BlockNode;
}

export function bodyHyphenator(locale: HyphenationLocale, text: TextHyphenator): BodyHyphenator {
  const made = new WeakMap<BlockNode, BlockNode>();
  const inline = (nodes: InlineNode[] | undefined) => nodes?.map((n) => (n.type === 'text' ? { ...n, text: text(n.text) } : n));
  const set = (block: BlockNode): BlockNode => {
    switch (block.type) {
      case 'paragraph':
        return block.content ? { ...block, content: inline(block.content) } : block;
      case 'bulletList':
      case 'orderedList':
        return { ...block, content: block.content.map((item) => ({ ...item, content: item.content.map(set) })) } as BlockNode;
      case 'blockquote':
        return { ...block, content: block.content.map(set) };
      default:
        return block;
    }
  };
  return {
    locale,
    text,
    block(block) {
      let out = made.get(block);
      if (!out) made.set(block, (out = set(block)));
      return out;
    },
  };
}
