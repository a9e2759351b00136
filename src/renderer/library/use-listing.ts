// The library's listing, fetched so the list is usable at once: the newest
// stories first (enough for the first screen), the whole library once the
// window has settled, or as soon as the sub does something that needs it
// (sorting, filtering, searching, the trash, the keyboard or the scroll
// reaching the end of the first screen's rows). A 10,000-story listing is
// megabytes of JSON to send, parse and sort; asked for the frame after the
// first screen, it held the server and the window just when a reloaded
// window wanted its own first screen (bench: library window).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryListing } from '../../shared/contract/api';
import { client } from '../api/client';
import { whenIdle } from '../ui/idle';
import { FIRST_SCREEN, firstRowsListing } from './first-rows';
/** How long after the first screen the rest is asked for when nothing needs it sooner. */
const REST_AFTER_MS = 800;

/** What the library reads of its listing. */
export interface ListingState {
  listing: LibraryListing | null;
  /** The listing holds only the newest stories so far; the whole library follows. */
  partial: boolean;
  /** Fetches the whole listing again (after a delete, restore or export). */
  reload: () => Promise<void>;
  /** Asks for the whole listing now, if it has not been asked for yet. */
  whole: () => void;
}

/** The listing: its first screen at once, the whole of it when settled or needed. */
export function useListing(fail: (error: unknown) => void): ListingState {
  // A window opened on the library painted its first screen before React (first-rows.ts): the same rows, at once.
  const [painted] = useState(firstRowsListing);
  const [listing, setListing] = useState<LibraryListing | null>(painted);
  // Each request's number: an answer older than one already shown is dropped, so a first screen never replaces the whole.
  const asked = useRef(0);
  const shown = useRef(0);
  const wholeAsked = useRef(false);
  const fetchListing = useCallback((first?: number) => {
    const number = ++asked.current;
    if (!first) wholeAsked.current = true;
    return client.listArticles(first ? { first } : {}).then((next) => {
      if (number < shown.current) return next;
      shown.current = number;
      // Marks for the bench and the browser's performance panel: when each part of the listing came.
      performance.mark(next.counts ? 'library:first-screen' : 'library:whole');
      setListing(next);
      return next;
    });
  }, []);
  const reload = useCallback(() => fetchListing().then(() => undefined, fail), [fetchListing, fail]);
  const whole = useCallback(() => {
    if (!wholeAsked.current) void reload();
  }, [reload]);
  useEffect(() => {
    let live = true;
    let cancel = () => {};
    (painted ? Promise.resolve(painted) : fetchListing(FIRST_SCREEN)).then((first) => {
      if (!first.counts) wholeAsked.current = true; // the first answer was the whole library
      if (!live || wholeAsked.current) return;
      const timer = setTimeout(() => (cancel = whenIdle(() => live && whole(), 2000)), REST_AFTER_MS);
      cancel = () => clearTimeout(timer);
    }, fail);
    return () => {
      live = false;
      cancel();
    };
  }, [fetchListing, whole, fail, painted]);
  return { listing, partial: !!listing?.counts, reload, whole };
}

/** How many articles and trashed articles the library holds, whether the listing is whole or its first screen. */
export function listingCounts(listing: LibraryListing | null): { articles: number; trash: number } {
  return listing?.counts ?? { articles: listing?.articles.length ?? 0, trash: listing?.trash.length ?? 0 };
}
