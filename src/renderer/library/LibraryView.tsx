// The library: every article as a dense, sortable list, with search over
// headline and body, filters by status and section, the trash and the
// damaged files. Arrow keys move, Enter opens, Delete bins.
import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { Fragment, forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus, type ArticleSummary } from '../../shared/article/model';
import { COMMANDS } from '../../shared/commands';
import type { LibraryListing, SearchHit } from '../../shared/contract/api';
import { client } from '../api/client';
import type { NoticeMessage } from '../ui/Notice';
import { withShortcut } from '../ui/shortcuts';
import { QuoteSearch } from './QuoteSearch';
import { SpeakerDirectory } from './SpeakerDirectory';
import { ExportDialog } from '../export/ExportDialog';
import { fetchAhead, HOVER_DWELL_MS } from '../editor/read-ahead';
import { setStoryAhead } from '../editor/body-editor';

export interface LibraryHandle {
  focusSearch(): void;
  exportSelection(): void;
}

interface Props {
  onOpen: (id: string, quoteId?: string) => void;
  onNew: () => void;
  onImport: () => void;
  onNotice: (notice: NoticeMessage) => void;
}

type SortKey = 'updatedAt' | 'headline' | 'catchline' | 'status' | 'section' | 'words';
type Pane = 'articles' | 'trash' | 'damaged' | 'quotes' | 'speakers';

/** A row's height before it is measured (one line of 13px type and its padding); a search snippet makes it taller. */
const ROW_PX = 29;
/** The sticky header row: a row scrolled to must land below it, not under it. */
const HEAD_PX = 26;
/** Rows rendered beyond the visible ones, so arrowing and scrolling never meet a blank. */
const OVERSCAN = 12;

const WORDS_ORDER = new Intl.Collator(undefined, { numeric: true });

const STATUS_LABEL: Record<ArticleStatus, string> = { draft: 'Draft', subbing: 'Subbing', ready: 'Ready', exported: 'Exported' };

/** Each rendered row with the height of the rows not rendered above it (the selected row may stand apart from the rest). */
function withGaps(items: VirtualItem[]): Array<{ index: number; gap: number }> {
  let end = 0;
  return items.map((item) => {
    const gap = item.start - end;
    end = item.end;
    return { index: item.index, gap };
  });
}

/** The height of the rows not rendered, above or below the ones that are. */
function spacer(height: number) {
  return height > 0 ? (
    <tr className="grid-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={7} />
    </tr>
  ) : null;
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  const today = new Date();
  return date.toDateString() === today.toDateString()
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString([], { day: 'numeric', month: 'short', year: date.getFullYear() === today.getFullYear() ? undefined : 'numeric' });
}

export const LibraryView = forwardRef<LibraryHandle, Props>(function LibraryView({ onOpen, onNew, onImport, onNotice }, ref) {
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [pane, setPane] = useState<Pane>('articles');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [section, setSection] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'updatedAt', descending: true });
  const [selected, setSelected] = useState<string | null>(null);
  const [quoteSpeaker, setQuoteSpeaker] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);

  const [exporting, setExporting] = useState(false);
  useImperativeHandle(ref, () => ({ focusSearch: () => searchRef.current?.focus(), exportSelection: () => setExporting(true) }), []);

  const fail = useCallback((error: unknown) => onNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) }), [onNotice]);
  const reload = useCallback(() => client.listArticles({}).then(setListing, fail), [fail]);
  useEffect(() => void reload(), [reload]);

  // Search runs in the services (headline and body); filters and sort apply to its hits too.
  useEffect(() => {
    if (!query.trim()) {
      setHits(null);
      return;
    }
    // An answer to a query the sub has since changed or cleared is dropped: it would empty the list.
    let current = true;
    const timer = setTimeout(() => {
      client.searchArticles({ query, status: status || undefined, section: section || undefined }).then((r) => current && setHits(r.hits), fail);
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, status, section, fail, listing]);

  const sections = useMemo(() => [...new Set(listing?.articles.map((a) => a.section).filter(Boolean))].sort(), [listing]);

  const rows: ArticleSummary[] = useMemo(() => {
    if (!listing) return [];
    if (pane === 'trash') return listing.trash;
    let list = listing.articles.filter((a) => (!status || a.status === status) && (!section || a.section === section));
    if (hits) {
      const rank = new Map(hits.map((h, i) => [h.id, i]));
      list = list.filter((a) => rank.has(a.id));
    }
    const { key, descending } = sort;
    const sorted = [...list].sort((a, b) => {
      const x = a[key];
      const y = b[key];
      // Times are ISO strings, in order as they stand; words go through one collator, not localeCompare per pair.
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : key === 'updatedAt' ? (x < y ? -1 : x > y ? 1 : 0) : WORDS_ORDER.compare(String(x), String(y));
      return descending ? -order : order;
    });
    return sorted;
  }, [listing, pane, status, section, hits, sort]);

  const snippets = useMemo(() => new Map(hits?.map((h) => [h.id, h.snippet])), [hits]);

  // A library of ten thousand stories renders only the rows on screen: the
  // list opens, sorts and filters as fast with 10,000 as with 10. The
  // selected row is always rendered too, so the keyboard focus it holds
  // survives scrolling it out of sight.
  const wrapRef = useRef<HTMLDivElement>(null);
  const selectedIndex = useMemo(() => rows.findIndex((r) => r.id === selected), [rows, selected]);
  const keepSelected = useRef(selectedIndex);
  keepSelected.current = selectedIndex;
  const rowWindow = useVirtualizer({
    count: rows.length,
    getScrollElement: () => wrapRef.current,
    estimateSize: () => ROW_PX,
    getItemKey: (index) => rows[index].id,
    overscan: OVERSCAN,
    scrollPaddingStart: HEAD_PX,
    rangeExtractor: (range) => {
      const shown = defaultRangeExtractor(range);
      const kept = keepSelected.current;
      return kept < 0 || shown.includes(kept) ? shown : [...shown, kept].sort((a, b) => a - b);
    },
  });
  // Rows measured with a search's snippets are shorter without them.
  useEffect(() => rowWindow.measure(), [hits, rowWindow]);

  // A row reached by keyboard may not be rendered yet: it is focused once it is,
  // unless the sub has meanwhile put the focus somewhere else.
  const focusNext = useRef<{ id: string; from: Element | null } | null>(null);
  const rowElement = (id: string) => tableRef.current?.querySelector<HTMLElement>(`tr[data-id="${id}"]`) ?? null;
  useLayoutEffect(() => {
    const pending = focusNext.current;
    if (!pending) return;
    if (document.activeElement !== pending.from && document.activeElement !== document.body) {
      focusNext.current = null;
      return;
    }
    const row = rowElement(pending.id);
    if (!row) return;
    focusNext.current = null;
    row.focus({ preventScroll: true });
  });
  const goToRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[target];
    if (!row) return;
    setSelected(row.id);
    rowWindow.scrollToIndex(target, { align: 'auto' });
    const rendered = rowElement(row.id);
    if (rendered) rendered.focus({ preventScroll: true });
    else focusNext.current = { id: row.id, from: document.activeElement };
  };
  /** The row a screenful above or below the selected one, by the rows' measured heights. */
  const pageFrom = (index: number, direction: 1 | -1) => {
    const from = rowWindow.getVirtualItems().find((item) => item.index === index);
    const screen = (wrapRef.current?.clientHeight ?? 0) - HEAD_PX;
    if (!from || screen <= 0) return index + direction;
    const landed = rowWindow.getVirtualItemForOffset(Math.max(0, from.start + direction * screen));
    return landed && landed.index !== index ? landed.index : index + direction;
  };
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const restingOn = useRef<string | null>(null);
  const readAheadOnRest = (row: ArticleSummary) => {
    if (hoverTimer.current) clearTimeout(hoverTimer.current);
    restingOn.current = row.id;
    hoverTimer.current = setTimeout(() => {
      void fetchAhead(row.id, row.revision).then((arrived) => {
        // Still resting there: set the story in its editor while the sub is still, so Open only shows it.
        if (arrived && restingOn.current === row.id) setStoryAhead(arrived);
      });
    }, HOVER_DWELL_MS);
  };
  const stopReadAhead = () => {
    if (hoverTimer.current) clearTimeout(hoverTimer.current);
    hoverTimer.current = null;
    restingOn.current = null;
  };
  useEffect(() => stopReadAhead, []);

  const remove = async (id: string) => {
    try {
      await client.deleteArticle({ id });
      onNotice({ kind: 'info', text: 'Moved to the trash.' });
      await reload();
    } catch (error) {
      fail(error);
    }
  };
  const restore = async (id: string) => {
    try {
      await client.restoreArticle({ id });
      onNotice({ kind: 'info', text: 'Restored to the library.' });
      await reload();
    } catch (error) {
      fail(error);
    }
  };
  const emptyTrash = async () => {
    if (!confirm('Delete everything in the trash for good?')) return;
    try {
      const { removed } = await client.emptyTrash({});
      onNotice({ kind: 'info', text: `Deleted ${removed} article${removed === 1 ? '' : 's'} for good.` });
      await reload();
    } catch (error) {
      fail(error);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    // Rows answer the arrows, Enter and Delete; the sort and action buttons keep their own keys.
    if (!rows.length || !(event.target as HTMLElement).matches('tr[data-id], tbody')) return;
    const index = selectedIndex;
    const moves: Record<string, () => number> = {
      ArrowDown: () => index + 1,
      ArrowUp: () => index - 1,
      PageDown: () => pageFrom(index, 1),
      PageUp: () => pageFrom(index, -1),
      Home: () => 0,
      End: () => rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      goToRow(moves[event.key]());
    } else if (event.key === 'Enter' && selected && pane === 'articles') {
      event.preventDefault();
      onOpen(selected);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
      event.preventDefault();
      void (pane === 'articles' ? remove(selected) : restore(selected));
    }
  };

  const header = (key: SortKey, label: string, className = '') => (
    <th className={className} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'updatedAt' || key === 'words' }))}>
        {label}
        {sort.key === key ? (sort.descending ? ' ▾' : ' ▴') : ''}
      </button>
    </th>
  );

  const damaged = listing?.damaged ?? [];
  return (
    <main className="library" aria-label="Library">
      <header className="toolbar">
        <h1 className="app-title">Galley</h1>
        <button type="button" className="primary" onClick={onNew} title={withShortcut('New article', COMMANDS['new-article'].shortcut)}>
          New article
        </button>
        <button type="button" onClick={onImport} title={withShortcut('Import a .txt, .md, .html or .docx file', COMMANDS.import.shortcut)}>
          Import…
        </button>
        <button type="button" onClick={() => setExporting(true)} title={withShortcut('Export the selected article, or every article of a status', COMMANDS.export.shortcut)}>
          Export…
        </button>
        <div className="spacer" />
        <input
          ref={searchRef}
          type="search"
          className="search"
          placeholder="Search headlines and copy"
          aria-label="Search"
          title={withShortcut('Search', COMMANDS.find.shortcut)}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && rows.length) {
              e.preventDefault();
              goToRow(0);
            }
          }}
        />
        <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value as ArticleStatus | '')}>
          <option value="">All statuses</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <select aria-label="Section" value={section} onChange={(e) => setSection(e.target.value)}>
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </header>

      <nav className="tabs" aria-label="Library panes">
        <button type="button" aria-pressed={pane === 'articles'} onClick={() => setPane('articles')}>
          Articles <span className="count">{listing?.articles.length ?? 0}</span>
        </button>
        <button type="button" aria-pressed={pane === 'trash'} onClick={() => setPane('trash')}>
          Trash <span className="count">{listing?.trash.length ?? 0}</span>
        </button>
        <button type="button" aria-pressed={pane === 'quotes'} onClick={() => setPane('quotes')}>
          Quotes
        </button>
        <button type="button" aria-pressed={pane === 'speakers'} onClick={() => setPane('speakers')}>
          Speakers
        </button>
        {damaged.length > 0 && (
          <button type="button" aria-pressed={pane === 'damaged'} className="warn" onClick={() => setPane('damaged')}>
            Damaged <span className="count">{damaged.length}</span>
          </button>
        )}
        <div className="spacer" />
        {pane === 'trash' && listing?.trash.length ? (
          <button type="button" onClick={() => void emptyTrash()}>
            Empty trash
          </button>
        ) : null}
      </nav>

      {pane === 'quotes' ? (
        <QuoteSearch onOpen={(id, quoteId) => onOpen(id, quoteId)} speakerId={quoteSpeaker} />
      ) : pane === 'speakers' ? (
        <SpeakerDirectory
          onNotice={onNotice}
          onShowQuotes={(id) => {
            setQuoteSpeaker(id);
            setPane('quotes');
          }}
        />
      ) : pane === 'damaged' ? (
        <section className="damaged" aria-label="Damaged files">
          <p className="hint">These files could not be read. They were moved to the quarantine folder untouched; the rest of the library is unaffected.</p>
          <table className="grid">
            <thead>
              <tr>
                <th>File</th>
                <th>Reason</th>
                <th>Moved to</th>
              </tr>
            </thead>
            <tbody>
              {damaged.map((d) => (
                <tr key={d.quarantinedAs} className="damaged-row">
                  <td className="mono">{d.file}</td>
                  <td>{d.reason}</td>
                  <td className="mono dim">{d.quarantinedAs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <div className="grid-wrap" ref={wrapRef} onKeyDown={onKeyDown}>
          <table className="grid grid-windowed" aria-label={pane === 'trash' ? 'Trash' : 'Articles'} aria-rowcount={rows.length + 1}>
            <thead>
              <tr aria-rowindex={1}>
                {header('headline', 'Headline', 'wide')}
                {header('catchline', 'Catchline')}
                {header('status', 'Status')}
                {header('section', 'Section')}
                {header('words', 'Words', 'num')}
                {header('updatedAt', 'Changed', 'num')}
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody ref={tableRef}>
              {withGaps(rowWindow.getVirtualItems()).map(({ index, gap }) => ({ index, gap, row: rows[index] })).map(({ index, gap, row }) => (
                <Fragment key={row.id}>
                {spacer(gap)}
                <tr
                  ref={rowWindow.measureElement}
                  data-index={index}
                  aria-rowindex={index + 2}
                  data-id={row.id}
                  tabIndex={0}
                  aria-selected={selected === row.id}
                  onFocus={() => setSelected(row.id)}
                  onClick={() => setSelected(row.id)}
                  onPointerDown={() => pane === 'articles' && fetchAhead(row.id, row.revision)}
                  onDoubleClick={() => pane === 'articles' && onOpen(row.id)}
                >
                  <td className="wide">
                    <div className="headline-cell">{row.headline || <em className="dim">Untitled</em>}</div>
                    {snippets.get(row.id) && <div className="snippet">{snippets.get(row.id)}</div>}
                  </td>
                  <td className="mono">{row.catchline}</td>
                  <td>
                    <span className={`status status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
                  </td>
                  <td>{row.section}</td>
                  <td className="num">
                    {row.words.toLocaleString()}
                    {row.targetWords ? <span className="dim">/{row.targetWords}</span> : null}
                  </td>
                  <td className="num dim">{formatWhen(row.updatedAt)}</td>
                  <td className="actions">
                    {pane === 'articles' ? (
                      <>
                        <button
                          type="button"
                          className="ghost"
                          onPointerEnter={() => readAheadOnRest(row)}
                          onPointerLeave={stopReadAhead}
                          onFocus={() => fetchAhead(row.id, row.revision)}
                          onClick={() => onOpen(row.id)}
                          aria-label={`Open ${row.headline || 'untitled'}`}
                        >
                          Open
                        </button>
                        <button type="button" className="ghost" onClick={() => void remove(row.id)} aria-label={`Delete ${row.headline || 'untitled'}`} title="Move to the trash (Delete)">
                          Delete
                        </button>
                      </>
                    ) : (
                      <button type="button" className="ghost" onClick={() => void restore(row.id)} aria-label={`Restore ${row.headline || 'untitled'}`}>
                        Restore
                      </button>
                    )}
                  </td>
                </tr>
                </Fragment>
              ))}
              {spacer(rowWindow.getTotalSize() - (rowWindow.getVirtualItems().at(-1)?.end ?? 0))}
            </tbody>
          </table>
          {listing && rows.length === 0 && (
            <p className="empty">
              {pane === 'trash'
                ? 'The trash is empty.'
                : query
                  ? `Nothing matches “${query}”.`
                  : 'No articles yet. Import a reporter’s copy (drop a file here or paste it), or start a new article.'}
            </p>
          )}
        </div>
      )}
      {exporting && (
        <ExportDialog
          origin="library"
          articleIds={selected && pane === 'articles' ? [selected] : []}
          onClose={() => setExporting(false)}
          onExported={() => void reload()}
        />
      )}
    </main>
  );
});
