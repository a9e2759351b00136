// The library's listing, fetched so the list is usable at once: the newest
// stories first (enough for the first screen), the whole library after that
// screen has painted. A 10,000-story listing is megabytes of JSON to send,
// parse and sort; the first screen needs a hundred rows of it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryListing } from '../../shared/contract/api';
import { client } from '../api/client';

/** Rows asked for before the rest: more than any window shows at once. */
const FIRST_SCREEN = 100;

/** The listing and a reload of the whole of it (after a delete, restore or export). */
export function useListing(fail: (error: unknown) => void): { listing: LibraryListing | null; reload: () => Promise<void> } {
  const [listing, setListing] = useState<LibraryListing | null>(null);
  // Each request's number: an answer older than one already shown is dropped, so a first screen never replaces the whole.
  const asked = useRef(0);
  const shown = useRef(0);
  const fetchListing = useCallback(
    (first?: number) => {
      const number = ++asked.current;
      return client.listArticles(first ? { first } : {}).then((next) => {
        if (number < shown.current) return next;
        shown.current = number;
        setListing(next);
        return next;
      });
    },
    [],
  );
  const reload = useCallback(() => fetchListing().then(() => undefined, fail), [fetchListing, fail]);
  useEffect(() => {
    let live = true;
    fetchListing(FIRST_SCREEN).then((first) => {
      // The rest once the first screen has painted: the frame after it, not before.
      if (live && first.counts) requestAnimationFrame(() => setTimeout(() => live && void reload()));
    }, fail);
    return () => {
      live = false;
    };
  }, [fetchListing, reload, fail]);
  return { listing, reload };
}

/** How many articles and trashed articles the library holds, whether the listing is whole or its first screen. */
export function listingCounts(listing: LibraryListing | null): { articles: number; trash: number } {
  return listing?.counts ?? { articles: listing?.articles.length ?? 0, trash: listing?.trash.length ?? 0 };
}
