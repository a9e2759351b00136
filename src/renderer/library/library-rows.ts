// The library list's rows as data: which articles a pane shows, filtered by
// status, section and a search's hits, in the order the sub sorted them, and
// how their times and statuses read.
import type { ArticleStatus, ArticleSummary } from '../../shared/article/model';
import type { LibraryListing, SearchHit } from '../../shared/contract/api';

/** The columns the list sorts by. */
export type SortKey = 'updatedAt' | 'headline' | 'catchline' | 'status' | 'section' | 'words';
/** The library's panes. */
export type Pane = 'articles' | 'trash' | 'damaged' | 'quotes' | 'speakers';
/** The list's order: a column, and which way. */
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/**
 * Made on the first sort that needs it, never as the module is evaluated: a renderer's first collator loads ICU's
 * data (17–200 ms in a fresh one), and a window opened onto a story evaluates this module before its first view.
 */
let wordsOrder: Intl.Collator | null = null;

/** Each status as the list shows it. */
export const STATUS_LABEL: Record<ArticleStatus, string> = { draft: 'Draft', subbing: 'Subbing', ready: 'Ready', exported: 'Exported' };

/** The rows of a pane: the trash as it stands, or the articles filtered, matched by the search's hits, and sorted. */
export function paneRows(listing: LibraryListing | null, pane: Pane, filter: { status: ArticleStatus | ''; section: string; hits: SearchHit[] | null }, sort: Sort): ArticleSummary[] {
  if (!listing) return [];
  if (pane === 'trash') return listing.trash;
  const { status, section, hits } = filter;
  let list = listing.articles.filter((a) => (!status || a.status === status) && (!section || a.section === section));
  if (hits) {
    const rank = new Map(hits.map((h, i) => [h.id, i]));
    list = list.filter((a) => rank.has(a.id));
  }
  const { key, descending } = sort;
  // The listing comes newest first, the list's usual order: 10,000 rows already in order are not sorted again.
  if (key === 'updatedAt' && descending && list.every((a, i) => i === 0 || list[i - 1].updatedAt >= a.updatedAt)) return list;
  return [...list].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    // Times are ISO strings, in order as they stand; words go through one collator, not localeCompare per pair.
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : key === 'updatedAt' ? (x < y ? -1 : x > y ? 1 : 0) : (wordsOrder ??= new Intl.Collator(undefined, { numeric: true })).compare(String(x), String(y));
    return descending ? -order : order;
  });
}

/** A time as the list shows it: the clock today, the date otherwise (with the year only when it is not this one). */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  const today = new Date();
  return date.toDateString() === today.toDateString()
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString([], { day: 'numeric', month: 'short', year: date.getFullYear() === today.getFullYear() ? undefined : 'numeric' });
}
