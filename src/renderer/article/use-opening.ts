// The opening of one story for the view: at once when its read made ahead
// has come back (editor/story-opening.ts), else once it is read; and again
// on the version saved elsewhere when the sub loads theirs after a conflict.
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../shared/message-of';
import { client } from '../api/client';
import { openingNow, openStory, setStory, type Opening } from '../editor/story-opening';
import type { NoticeMessage } from '../ui/Notice';

/** Where the opening of `articleId` stands, and `reload` to open the version now on disk. */
export function useOpening(articleId: string, onNotice: (notice: NoticeMessage) => void): { opening: Opening; reload: () => void } {
  // The story goes into the editor as soon as it is here, outside React's render where it can.
  const [opening, setOpening] = useState<Opening>(() => openingNow(articleId));
  const shown = useRef(opening);
  shown.current = opening;
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  useEffect(() => {
    if (opening.kind === 'open' && opening.article.id === articleId) return;
    // A read that comes back after the view has gone, or been asked for another story, takes no editor.
    let wanted = true;
    void openStory(articleId).then((next) => wanted && setOpening(next));
    return () => void (wanted = false);
  }, [articleId]);

  const reload = () =>
    void client.getArticle({ id: articleId }).then(
      (fresh) => {
        // Loading theirs twice, or after leaving: nothing newer to show, and no editor to take.
        const now = shown.current;
        if (!mounted.current || (now.kind === 'open' && now.article.revision >= fresh.revision)) return;
        setOpening(setStory(fresh));
      },
      (error: unknown) => onNotice({ kind: 'error', text: messageOf(error) }),
    );
  return { opening, reload };
}
