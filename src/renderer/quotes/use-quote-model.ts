// What the quote panels read: the body's paragraphs and tagged quotes,
// recomputed from the settled document (editor/settled-document.ts), never
// per keystroke.
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { DocNode } from '../../shared/article/model';
import { taggedQuotes, type TaggedQuote } from '../../shared/article/quote-marks';
import { textblocks } from '../../shared/article/text';
import { settledDocument } from '../editor/settled-document';

export interface QuoteModel {
  paragraphs: string[];
  tagged: TaggedQuote[];
  /** Bumped on every recompute, for memo keys. */
  version: number;
}

function compute(doc: DocNode, version: number): QuoteModel {
  return { paragraphs: textblocks(doc).map((b) => b.text), tagged: taggedQuotes(doc), version };
}

export function useQuoteModel(editor: Editor | null): QuoteModel {
  const [model, setModel] = useState<QuoteModel>({ paragraphs: [], tagged: [], version: 0 });
  // Read from the settled document: once the sub pauses, and first when the window is idle after opening.
  useEffect(() => {
    if (!editor) return;
    let version = 0;
    return settledDocument(editor).subscribe(({ json }) => setModel(compute(json, ++version)));
  }, [editor]);
  return model;
}
