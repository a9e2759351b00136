// Opening a long story starts as soon as the sub shows the intent: the
// pointer on a row, a row selected by keyboard, or the Open click itself,
// before React has torn down the library. The fetch then runs while the
// window switches views instead of after it.
//
// A fetch made ahead is used once and only while it is fresh: opening the
// story again later always reads the library anew. Even a stale copy could
// not overwrite anyone's words (saves name the revision they were based on),
// but the sub should not be shown one.
import type { Article } from '../../shared/article/model';
import { client } from './client';

const FRESH_MS = 4000;

interface Ahead {
  at: number;
  article: Promise<Article>;
  /** Set once the read has come back: the view can then open with the story in its first render. */
  arrived?: Article;
}

const ahead = new Map<string, Ahead>();

const fresh = (held: Ahead | undefined): held is Ahead => !!held && performance.now() - held.at < FRESH_MS;

/** Starts reading the article unless a fresh read of it is already on its way. */
export function fetchAhead(id: string): void {
  const held = ahead.get(id);
  if (fresh(held)) return;
  const article = client.getArticle({ id });
  const entry: Ahead = { at: performance.now(), article };
  article.then(
    (arrived) => (entry.arrived = arrived),
    // A failed read ahead is forgotten; opening asks again and shows that error.
    () => ahead.get(id) === entry && ahead.delete(id),
  );
  ahead.set(id, entry);
  // A row the pointer only passed over must not hold a whole story in memory.
  setTimeout(() => ahead.get(id) === entry && ahead.delete(id), FRESH_MS);
}

/** The article to open: the fresh read made ahead, or a new one. */
export function loadArticle(id: string): Promise<Article> {
  const held = ahead.get(id);
  ahead.delete(id);
  return fresh(held) ? held.article : client.getArticle({ id });
}

/** The article at once, when a fresh read made ahead has already come back (and is used up by taking it). */
export function takeArrivedArticle(id: string): Article | null {
  const held = ahead.get(id);
  if (!fresh(held) || !held.arrived) return null;
  ahead.delete(id);
  return held.arrived;
}
