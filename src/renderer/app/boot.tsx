// The window's code, loaded by main.tsx beside the session: React, the
// editor and the window itself, started once the session is open.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Article } from '../../shared/article/model';
import { fetchAhead } from '../editor/story-opening';
import type { SessionState } from '../session/session';
import { NoSession } from '../session/NoSession';
import { App } from './App';

/** Renders the window (or the no-session page); `read` is the story the address named, already being read. */
export function start(state: SessionState, story: string | null, read: Promise<Article | null>): void {
  // The read counts as one made ahead: the editor takes the story the moment it has both.
  if (state === 'open' && story) void fetchAhead(story, null, () => read.then((article) => article ?? Promise.reject(new Error('no story'))));
  createRoot(document.getElementById('root')!).render(<StrictMode>{state === 'open' ? <App /> : <NoSession state={state} />}</StrictMode>);
}
