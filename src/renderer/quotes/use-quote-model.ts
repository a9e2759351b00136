// What the quote panels read: the body's paragraphs and tagged quotes,
// recomputed from the settled document (editor/settled-document.ts), never
// per keystroke. Each block is read once for as long as its JSON lives (the
// settled document shares an unchanged block's JSON), so a pause after typing
// in one paragraph reads that paragraph again and joins the rest.
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { BlockNode, DocNode } from '../../shared/article/model';
import { taggedQuotes, type TaggedQuote } from '../../shared/article/quote-marks';
import { textblocks } from '../../shared/article/text';
import { settledDocument } from '../editor/settled-document';

export interface QuoteModel {
  paragraphs: string[];
  tagged: TaggedQuote[];
  /** Bumped on every recompute, for memo keys. */
  version: number;
}

/** One block's paragraphs and quotes, its paragraph indices counted from the block's first. */
interface BlockQuotes {
  paragraphs: string[];
  tagged: TaggedQuote[];
}

const blockQuotes = new WeakMap<BlockNode, BlockQuotes>();

function readBlock(block: BlockNode): BlockQuotes {
  let read = blockQuotes.get(block);
  if (!read) {
    const one: DocNode = { type: 'doc', content: [block] };
    blockQuotes.set(block, (read = { paragraphs: textblocks(one).map((b) => b.text), tagged: taggedQuotes(one) }));
  }
  return read;
}

/** textblocks(doc)'s texts and taggedQuotes(doc), the same values, made from each block's reading. */
export function quoteModel(doc: DocNode, version: number): QuoteModel {
  const paragraphs: string[] = [];
  const byId = new Map<string, TaggedQuote>();
  for (const block of doc.content) {
    const read = readBlock(block);
    const offset = paragraphs.length;
    for (const text of read.paragraphs) paragraphs.push(text);
    for (const quote of read.tagged) {
      // New objects: the block's reading is kept, and a quote running on over blocks gathers segments.
      const segments = quote.segments.map((s) => ({ ...s, paragraph: s.paragraph + offset }));
      const known = byId.get(quote.quoteId);
      if (known) {
        known.segments.push(...segments);
        known.text = known.segments.map((s) => s.text).join(' ');
      } else byId.set(quote.quoteId, { ...quote, segments });
    }
  }
  return { paragraphs, tagged: [...byId.values()], version };
}

export function useQuoteModel(editor: Editor | null): QuoteModel {
  const [model, setModel] = useState<QuoteModel>({ paragraphs: [], tagged: [], version: 0 });
  // Read from the settled document: once the sub pauses, and first when the window is idle after opening.
  useEffect(() => {
    if (!editor) return;
    let version = 0;
    return settledDocument(editor).subscribe(({ json }) => setModel(quoteModel(json, ++version)));
  }, [editor]);
  return model;
}
