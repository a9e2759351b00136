// Opening a long story starts as soon as the sub shows the intent: the
// pointer resting on Open, a row pressed, or the Open click itself, before
// React has torn down the library. The fetch then runs while the window
// switches views instead of after it.
//
// A read made ahead is used once, and only while it can still be the latest:
// any change this window asks of the library forgets every read ahead, a
// read older than the revision the library list shows is never used, and an
// unused one is dropped after a moment. (Even a stale copy could not
// overwrite anyone's words, since saves name the revision they were based on,
// but the sub would be stopped at the first save.)
import type { Article } from '../../shared/article/model';
import { client, onLibraryWrite } from '../api/client';

/** How long a read ahead may be used for after it arrives. */
const FRESH_MS = 2000;
/** The pointer must rest on Open this long before a read starts: a sweep down the list reads nothing. */
export const HOVER_DWELL_MS = 80;

interface Ahead {
  /** The revision the library list showed when the read was asked for, if it showed one. */
  listed: number | null;
  article: Promise<Article>;
  /** When the read came back, and what it brought: the view can then open with the story in its first render. */
  arrived?: { at: number; article: Article };
}

const ahead = new Map<string, Ahead>();
onLibraryWrite(() => ahead.clear());

/** In flight, or arrived recently and not older than the list's revision. */
function usable(held: Ahead | undefined): held is Ahead {
  if (!held?.arrived) return !!held;
  return performance.now() - held.arrived.at < FRESH_MS && (held.listed === null || held.arrived.article.revision >= held.listed);
}

/**
 * Starts reading the article unless a usable read of it is already on its way. Resolves with the
 * article when that read comes back, null when it fails (opening then asks again and says why).
 */
export function fetchAhead(id: string, listedRevision: number | null = null): Promise<Article | null> {
  const held = ahead.get(id);
  if (usable(held)) return held.article.catch(() => null);
  const article = client.getArticle({ id });
  const entry: Ahead = { listed: listedRevision, article };
  ahead.set(id, entry);
  return article.then(
    (arrived) => {
      entry.arrived = { at: performance.now(), article: arrived };
      // Nobody opened it: a story the pointer only passed over must not stay in memory.
      setTimeout(() => ahead.get(id) === entry && ahead.delete(id), FRESH_MS);
      return arrived;
    },
    () => {
      if (ahead.get(id) === entry) ahead.delete(id);
      return null;
    },
  );
}

/** Resolves once the read of `id` made ahead has come back, or failed, or after `limitMs`: whichever is first. */
export function readSettled(id: string, limitMs: number): Promise<void> {
  const held = ahead.get(id);
  if (!held || held.arrived) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, limitMs);
    const settle = () => {
      clearTimeout(timer);
      done();
    };
    held.article.then(settle, settle);
  });
}

/** The article to open: the read made ahead, or a new one. */
export function loadArticle(id: string): Promise<Article> {
  const held = ahead.get(id);
  ahead.delete(id);
  return usable(held) ? held.article : client.getArticle({ id });
}

/** The article at once, when a usable read made ahead has already come back (and is used up by taking it). */
export function takeArrivedArticle(id: string): Article | null {
  const held = ahead.get(id);
  if (!usable(held) || !held.arrived) return null;
  ahead.delete(id);
  return held.arrived.article;
}
