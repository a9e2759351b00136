// The library's first screen of rows, asked for by the first script (main.tsx)
// as soon as the session is open, for a window that opens on the library: the
// answer then comes back while the window's code (React, the views) is still
// being evaluated, instead of being asked for only once the library view has
// rendered. Nothing here builds a schema or needs React.
import type { LibraryListing } from '../../shared/contract/api';
import { client } from '../api/client';

/** Rows asked for before the rest: more than any window shows at once. */
export const FIRST_SCREEN = 100;

let ahead: Promise<LibraryListing> | null = null;

/** Asks for the newest FIRST_SCREEN stories now, for the library view to take when it mounts. */
export function askFirstScreenAhead(): void {
  ahead = client.listArticles({ first: FIRST_SCREEN });
  // A failed answer is the view's to say: it takes the promise and reports its failure.
  ahead.catch(() => undefined);
}

/** The first screen asked for ahead, once; null when none was (a window opened on a story, a second library view). */
export function takeFirstScreenAhead(): Promise<LibraryListing> | null {
  const taken = ahead;
  ahead = null;
  return taken;
}
