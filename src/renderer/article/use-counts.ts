// The body's word and character counts, read a moment after typing stops
// (never per keystroke) and first when the window is idle after opening.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { countText, type Counts } from '../editor/counts';

const COUNT_DELAY_MS = 250;

/** Words and characters in the body, trailing the sub's typing by a short pause. */
export function useCounts(editor: Editor): Counts {
  const [counts, setCounts] = useState<Counts>({ words: 0, characters: 0 });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const count = () => setCounts(countText(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '\n')));
    const first = requestIdleCallback(count, { timeout: 500 });
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(count, COUNT_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      cancelIdleCallback(first);
      if (timer) clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor]);
  return counts;
}
