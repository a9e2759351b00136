// What the quote panels read: the body's paragraphs and tagged quotes,
// recomputed a moment after typing stops (never per keystroke).
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { DocNode } from '../../shared/article/model';
import { taggedQuotes, type TaggedQuote } from '../../shared/article/quote-marks';
import { textblocks } from '../../shared/article/text';

export interface QuoteModel {
  paragraphs: string[];
  tagged: TaggedQuote[];
  /** Bumped on every recompute, for memo keys. */
  version: number;
}

const DELAY_MS = 300;

function compute(editor: Editor, version: number): QuoteModel {
  const doc = editor.getJSON() as DocNode;
  return { paragraphs: textblocks(doc).map((b) => b.text), tagged: taggedQuotes(doc), version };
}

export function useQuoteModel(editor: Editor | null): QuoteModel {
  const [model, setModel] = useState<QuoteModel>({ paragraphs: [], tagged: [], version: 0 });
  useEffect(() => {
    if (!editor) return;
    let version = 0;
    // The first reading waits for an idle moment too: opening a long story is on the sub's clock.
    const first = requestIdleCallback(() => setModel(compute(editor, ++version)), { timeout: 500 });
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        setModel(compute(editor, ++version));
      }, DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      cancelIdleCallback(first);
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
  return model;
}
