// A window opened on the library shows its first screen of stories before the
// window's code has run, as a window opened onto a story shows its copy first
// (editor/first-story.ts). The first script asks for the newest stories as
// soon as the session is open and this paints them, with the library's bars,
// as plain elements in #root, laid out as LibraryView lays them out, so React
// (over 800 KiB of code to evaluate first) is no longer between the sub and
// the list. React's first commit replaces them with its own, drawn from the
// same listing (useListing's first state), and LibraryView adopts what the sub
// did meanwhile (first-rows-held.ts): the focus, the search typed, the scroll,
// and every click and key, replayed on its own elements.
import type { ArticleSummary } from '../../shared/article/model';
import type { LibraryListing } from '../../shared/contract/api';
import { COMMANDS } from '../../shared/commands';
import { withShortcut } from '../ui/shortcuts';
import { holdUntilAdopted, takeHeldFirstRows, type HeldFirstRows } from './first-rows-held';
import { formatWhen, STATUS_LABEL } from './library-rows';

/** Rows asked for before the rest: more than any window shows at once (use-listing.ts asks for as many). */
export const FIRST_SCREEN = 100;

let firstListing: LibraryListing | null = null;
let shownOnce = false;

type Child = Node | string | null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children.filter((c): c is Node | string => c !== null));
  return made;
}

const button = (attributes: Record<string, string>, ...children: Child[]) => element('button', { type: 'button', ...attributes }, ...children);

function toolbar(listing: LibraryListing, articles: number): HTMLElement {
  const sections = [...new Set(listing.articles.map((a) => a.section).filter(Boolean))].sort();
  const select = (label: string, all: string, values: Array<[string, string]>) =>
    element('select', { 'aria-label': label }, element('option', { value: '' }, all), ...values.map(([value, text]) => element('option', { value }, text)));
  const exportButton = button({ title: withShortcut('Export the selected article, or every article of a status', COMMANDS.export.shortcut) }, 'Export…');
  exportButton.disabled = articles === 0;
  return element(
    'header',
    { class: 'toolbar' },
    element('h1', { class: 'app-title' }, 'Galley'),
    button({ class: 'primary', title: withShortcut('New article', COMMANDS['new-article'].shortcut) }, 'New article'),
    button({ title: withShortcut('Import a .txt, .md, .html or .docx file', COMMANDS.import.shortcut) }, 'Import…'),
    exportButton,
    element('div', { class: 'spacer' }),
    element('input', { type: 'search', class: 'search', placeholder: 'Search headlines and copy', 'aria-label': 'Search', title: withShortcut('Search', COMMANDS.find.shortcut) }),
    select('Status', 'All statuses', Object.entries(STATUS_LABEL)),
    select('Section', 'All sections', sections.map((s) => [s, s])),
  );
}

function tabs(listing: LibraryListing, counts: { articles: number; trash: number }): HTMLElement {
  const tab = (label: string, pressed: boolean, count: number | null, className?: string) =>
    button({ 'aria-pressed': String(pressed), ...(className ? { class: className } : {}) }, label, ...(count === null ? [] : [' ', element('span', { class: 'count' }, String(count))]));
  return element(
    'nav',
    { class: 'tabs', 'aria-label': 'Library panes' },
    tab('Articles', true, counts.articles),
    tab('Trash', false, counts.trash),
    tab('Quotes', false, null),
    tab('Speakers', false, null),
    listing.damaged.length > 0 ? tab('Damaged', false, listing.damaged.length, 'warn') : null,
    element('div', { class: 'spacer' }),
  );
}

function row(summary: ArticleSummary, index: number): HTMLElement {
  const name = summary.headline || 'untitled';
  return element(
    'tr',
    { 'data-index': String(index), 'aria-rowindex': String(index + 2), 'data-id': summary.id, tabindex: '0', 'aria-selected': 'false' },
    element('td', { class: 'wide' }, element('div', { class: 'headline-cell' }, summary.headline || element('em', { class: 'dim' }, 'Untitled'))),
    element('td', { class: 'mono' }, summary.catchline),
    element('td', {}, element('span', { class: `status status-${summary.status}` }, STATUS_LABEL[summary.status])),
    element('td', {}, summary.section),
    element('td', { class: 'num' }, summary.words.toLocaleString(), summary.targetWords ? element('span', { class: 'dim' }, `/${summary.targetWords}`) : null),
    element('td', { class: 'num dim' }, formatWhen(summary.updatedAt)),
    element(
      'td',
      { class: 'actions' },
      button({ class: 'ghost', 'aria-label': `Open ${name}` }, 'Open'),
      button({ class: 'ghost', 'aria-label': `Delete ${name}`, title: 'Move to the trash (Delete)' }, 'Delete'),
    ),
  );
}

/** A row's height before the grid measures it (ArticleGrid's ROW_PX). */
const ROW_PX = 29;

function grid(listing: LibraryListing, counts: { articles: number }): HTMLElement {
  // The newest first, as the list's usual order: the listing comes so. Only the rows the window can show are
  // drawn (the grid draws only those too); the rest of the first screen is kept as their height, for the scroll.
  const rows = listing.articles;
  const drawn = Math.min(rows.length, Math.ceil(window.innerHeight / ROW_PX) + 2);
  const rest = element('tr', { class: 'grid-spacer', 'aria-hidden': 'true' }, element('td', { colspan: '7' }));
  rest.style.height = `${(rows.length - drawn) * ROW_PX}px`;
  const header = (label: string, className = '', sorted = false) =>
    element('th', { ...(className ? { class: className } : {}), 'aria-sort': sorted ? 'descending' : 'none' }, button({ class: 'sort' }, label + (sorted ? ' ▾' : '')));
  const more = listing.counts ? counts.articles - rows.length : 0;
  const table = element(
    'table',
    { class: 'grid grid-windowed', 'aria-label': 'Articles', 'aria-rowcount': String(rows.length + more + 1) },
    element(
      'thead',
      {},
      element(
        'tr',
        { 'aria-rowindex': '1' },
        header('Headline', 'wide'),
        header('Catchline'),
        header('Status'),
        header('Section'),
        header('Words', 'num'),
        header('Changed', 'num', true),
        element('th', {}, element('span', { class: 'sr-only' }, 'Actions')),
      ),
    ),
    element('tbody', {}, ...rows.slice(0, drawn).map(row), drawn < rows.length ? rest : null),
  );
  const empty = rows.length === 0 ? element('p', { class: 'empty' }, 'No articles yet. Import a reporter’s copy (drop a file here or paste it), or start a new article.') : null;
  return element('div', { class: 'grid-wrap' }, table, empty);
}

/**
 * Paints the library's first screen in #root from the listing's first answer. Does nothing when the page
 * already shows something (the app came first). The listing is kept for the library's first state.
 */
export function showFirstRows(listing: LibraryListing): boolean {
  const root = document.getElementById('root');
  if (!root || root.childNodes.length || firstListing || shownOnce) return false;
  shownOnce = true;
  const counts = listing.counts ?? { articles: listing.articles.length, trash: listing.trash.length };
  const library = element('main', { class: 'library', 'aria-label': 'Library' }, toolbar(listing, counts.articles), tabs(listing, counts), grid(listing, counts));
  root.append(element('div', { class: 'app' }, library));
  firstListing = listing;
  holdUntilAdopted(library);
  // For the bench and the browser's performance panel, as useListing marks its own answers (a small library's first answer is all of it).
  performance.mark(listing.counts ? 'library:first-screen' : 'library:whole');
  // Paired with library:adopted, so a test can tell a plain screen still waiting to be taken over.
  performance.mark('library:plain-shown');
  return true;
}

/** The listing the first screen was painted from: the library's first state, so React's first commit shows the same rows. */
export function firstRowsListing(): LibraryListing | null {
  return firstListing;
}

/**
 * Called by LibraryView once its first commit has replaced the first screen: what the sub did to it, to be
 * adopted. From then on the library reads its listing afresh (a library shown again asks the services).
 */
export function adoptFirstRows(): HeldFirstRows | null {
  firstListing = null;
  const held = takeHeldFirstRows();
  if (held) performance.mark('library:adopted');
  return held;
}
