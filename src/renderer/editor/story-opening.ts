// Opening a story, in one place: the read made ahead, the story set ahead
// in its editor, and the open itself. Opening a long story starts as soon as
// the sub shows the intent: the pointer resting on Open, a row pressed, or
// the Open click itself, before React has torn down the library. The fetch
// then runs while the window switches views instead of after it; a pointer
// that rests long enough also has the story set in an editor made ahead
// (body-editor.ts), so the open only has to show it.
//
// A read made ahead is used once, and only while it can still be the latest:
// any change this window asks of the library forgets every read ahead, a
// read older than the revision the library list shows is never used, and an
// unused one is dropped after a moment. (Even a stale copy could not
// overwrite anyone's words, since saves name the revision they were based on,
// but the sub would be stopped at the first save.)
import type { Editor } from '@tiptap/core';
import type { Article } from '../../shared/article/model';
import { messageOf } from '../../shared/message-of';
import { client, onLibraryWrite } from '../api/client';
import { takeBodyEditor } from './body-editor';
import { takeFirstStoryEditor } from './first-story';

/** How long a read ahead may be used for after it arrives. */
const FRESH_MS = 2000;
/** The pointer must rest on Open this long before a read starts: a sweep down the list reads nothing. */
const HOVER_DWELL_MS = 80;

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
 * `read` is the read itself: a window opened onto a story hands in the one it started before its code loaded.
 */
export function fetchAhead(id: string, listedRevision: number | null = null, read = () => client.getArticle({ id })): Promise<Article | null> {
  const held = ahead.get(id);
  if (usable(held)) return held.article.catch(() => null);
  const article = read();
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
function loadArticle(id: string): Promise<Article> {
  const held = ahead.get(id);
  ahead.delete(id);
  return usable(held) ? held.article : client.getArticle({ id });
}

/** The article at once, when a usable read made ahead has already come back (and is used up by taking it). */
function takeArrivedArticle(id: string): Article | null {
  const held = ahead.get(id);
  if (!usable(held) || !held.arrived) return null;
  ahead.delete(id);
  return held.arrived.article;
}

/** How long a story set ahead waits to be opened: as long as the read ahead it came from is used for. */
const SET_AHEAD_MS = 2000;
let setAhead: { article: Article; editor: Editor; timer: ReturnType<typeof setTimeout> } | null = null;

function dropSetAhead(): void {
  if (!setAhead) return;
  clearTimeout(setAhead.timer);
  setAhead.editor.destroy();
  setAhead = null;
}

/**
 * Sets a story read ahead in its editor now, while the sub's pointer rests on Open: the open then
 * only has to show it. Used for this read of the story alone, and dropped if not opened soon.
 */
export function setStoryAhead(article: Article): void {
  if (setAhead?.article === article) return;
  dropSetAhead();
  let editor: Editor;
  try {
    editor = takeBodyEditor(article.body);
  } catch {
    return; // opening sets it again and says what is wrong
  }
  setAhead = { article, editor, timer: setTimeout(dropSetAhead, SET_AHEAD_MS) };
}

/** The editor for this read of a story: the one the window showed first, the one set ahead for it, or one taken now. */
export function takeStoryEditor(article: Article): Editor {
  const first = takeFirstStoryEditor(article);
  if (first) return first;
  if (setAhead?.article !== article) return takeBodyEditor(article.body);
  const { editor, timer } = setAhead;
  clearTimeout(timer);
  setAhead = null;
  return editor;
}

let resting: { id: string; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * The sub's pointer has come to rest on a story's Open: after a short dwell (a sweep down the list
 * reads nothing) the story is read, and if the pointer is still there, set in its editor.
 */
export function restOn(id: string, listedRevision: number | null): void {
  leave();
  const timer = setTimeout(() => {
    void fetchAhead(id, listedRevision).then((arrived) => {
      if (arrived && resting?.id === id) setStoryAhead(arrived);
    });
  }, HOVER_DWELL_MS);
  resting = { id, timer };
}

/** The pointer has left Open (or the list has gone): nothing more is read or set for it. */
export function leave(): void {
  if (resting) clearTimeout(resting.timer);
  resting = null;
}

/** Where opening a story stands: being read, open in its editor, or refused with the reason in the sub's words. */
export type Opening = { kind: 'loading' } | { kind: 'open'; article: Article; editor: Editor } | { kind: 'failed'; message: string };

/** A story read, set in its editor; a story the editor cannot hold is refused, and nothing of it is saved. */
export function setStory(article: Article): Opening {
  try {
    return { kind: 'open', article, editor: takeStoryEditor(article) };
  } catch (error) {
    // Nothing is saved from a story that could not be set, so the file on disk stays as it is.
    return { kind: 'failed', message: `This story’s copy could not be set in the editor, and nothing in it has been changed: ${messageOf(error)}` };
  }
}

/** The story open at once when its read made ahead has come back; otherwise loading. */
export function openingNow(id: string): Opening {
  const arrived = takeArrivedArticle(id);
  return arrived ? setStory(arrived) : { kind: 'loading' };
}

/** The story opened once it is read (the read made ahead, or a new one); a read that fails says why. */
export function openStory(id: string): Promise<Opening> {
  return loadArticle(id).then(setStory, (error: unknown): Opening => ({ kind: 'failed', message: messageOf(error) }));
}
