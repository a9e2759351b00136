// The body's word and character counts, from the settled document (never per
// keystroke): each block is counted once for as long as it lives, so a pause
// after typing in one paragraph counts that paragraph again and adds up.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';
import { countText, type Counts } from '../editor/counts';
import { settledDocument } from '../editor/settled-document';

const blockCounts = new WeakMap<PMNode, Counts>();

/** Words and characters of the document, summed over its blocks (a word never runs across two). */
export function countDoc(doc: PMNode): Counts {
  const total = { words: 0, characters: 0 };
  doc.forEach((block) => {
    let counts = blockCounts.get(block);
    if (!counts) blockCounts.set(block, (counts = countText(block.textBetween(0, block.content.size, '\n', '\n'))));
    total.words += counts.words;
    total.characters += counts.characters;
  });
  return total;
}

/**
 * Words and characters in the body, as of the last pause in the sub's typing; null until the story
 * as opened has been counted (when the window is first idle), so nothing shows a count of 0 meanwhile.
 */
export function useCounts(editor: Editor): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(
    () =>
      settledDocument(editor).subscribe(({ doc }) => {
        const next = countDoc(doc);
        setCounts((shown) => (shown && shown.words === next.words && shown.characters === next.characters ? shown : next));
      }),
    [editor],
  );
  return counts;
}
