// The library: every article as a dense, sortable list, with search over
// headline and body, filters by status and section, the trash and the
// damaged files. Arrow keys move, Enter opens, Delete bins.
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, forwardRef } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article/model';
import { COMMANDS } from '../../shared/commands';
import type { SearchHit } from '../../shared/contract/api';
import { messageOf } from '../../shared/message-of';
import { client } from '../api/client';
import type { NoticeMessage } from '../ui/Notice';
import { withShortcut } from '../ui/shortcuts';
import { ArticleGrid, type GridHandle } from './ArticleGrid';
import { DamagedPane } from './DamagedPane';
import { NoMatch } from './NoMatch';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { paneRows, STATUS_LABEL, type Pane, type Sort } from './library-rows';
import { listingCounts, useListing } from './use-listing';
import { QuoteSearch } from './QuoteSearch';
import { ExportDialogLater as ExportDialog } from '../export/ExportDialogLater';
import { later } from '../ui/later';
import { adoptFirstRows } from './first-rows';

/** The directory's code is fetched when its pane is first shown. */
const SpeakerDirectory = later('speaker directory', () => import('./SpeakerDirectory').then((m) => m.SpeakerDirectory));

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

export const LibraryView = forwardRef<LibraryHandle, Props>(function LibraryView({ onOpen, onNew, onImport, onNotice }, ref) {
  const [pane, setPane] = useState<Pane>('articles');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [section, setSection] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'updatedAt', descending: true });
  const [selected, setSelected] = useState<string | null>(null);
  const [quoteSpeaker, setQuoteSpeaker] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<GridHandle>(null);

  const [exporting, setExporting] = useState(false);
  // Nothing to export in an empty library: the button is disabled and Ctrl+E does nothing.
  const hasArticles = useRef(false);
  useImperativeHandle(ref, () => ({ focusSearch: () => searchRef.current?.focus(), exportSelection: () => hasArticles.current && setExporting(true) }), []);

  const fail = useCallback((error: unknown) => onNotice({ kind: 'error', text: messageOf(error) }), [onNotice]);
  const { listing, partial, reload, whole } = useListing(fail);
  const counts = listingCounts(listing);
  hasArticles.current = counts.articles > 0;
  // The first screen's rows are the newest stories: any other view of the library needs all of them.
  const narrowed = !!query.trim() || !!status || !!section;
  const newestFirst = sort.key === 'updatedAt' && sort.descending;
  useEffect(() => {
    if (narrowed || !newestFirst || pane === 'trash') whole();
  }, [narrowed, newestFirst, pane, whole]);

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

  const rows = useMemo(() => paneRows(listing, pane, { status, section, hits }, sort), [listing, pane, status, section, hits, sort]);

  const snippets = useMemo(() => new Map(hits?.map((h) => [h.id, h.snippet])), [hits]);

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
  const clearFilter = () => {
    setQuery('');
    setStatus('');
    setSection('');
    searchRef.current?.focus();
  };
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  const emptyTrash = async () => {
    setConfirmingEmpty(false);
    try {
      const { removed } = await client.emptyTrash({});
      onNotice({ kind: 'info', text: `Deleted ${removed} article${removed === 1 ? '' : 's'} for good.` });
      await reload();
    } catch (error) {
      fail(error);
    }
  };

  // The plain first screen (first-rows.ts) is gone with this commit: the search, filters, focus, scroll and the
  // clicks and keys the sub gave it carry over, before the frame is painted.
  const libraryRef = useRef<HTMLElement>(null);
  const heldRef = useRef<ReturnType<typeof adoptFirstRows>>(null);
  useLayoutEffect(() => {
    const held = adoptFirstRows();
    if (!held) return;
    heldRef.current = held;
    if (held.search) setQuery(held.search);
    if (held.status) setStatus(held.status as ArticleStatus);
    if (held.section) setSection(held.section);
  }, []);
  // The keys stay held until the passive effects run: the window's shortcut listener is one (App's, run just after
  // this child's), and a key let go at layout time, before it listens, was lost.
  useEffect(() => {
    const held = heldRef.current;
    heldRef.current = null;
    if (held && libraryRef.current) void held.replay(libraryRef.current);
  }, []);

  const damaged = listing?.damaged ?? [];
  return (
    <main className="library" aria-label="Library" ref={libraryRef}>
      <header className="toolbar">
        <h1 className="app-title">Galley</h1>
        <button type="button" className="primary" onClick={onNew} title={withShortcut('New article', COMMANDS['new-article'].shortcut)}>
          New article
        </button>
        <button type="button" onClick={onImport} title={withShortcut('Import a .txt, .md, .html or .docx file', COMMANDS.import.shortcut)}>
          Import…
        </button>
        <button type="button" disabled={counts.articles === 0} onClick={() => setExporting(true)} title={withShortcut('Export the selected article, or every article of a status', COMMANDS.export.shortcut)}>
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
              gridRef.current?.goToRow(0);
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
        <select aria-label="Section" value={section} onFocus={whole} onPointerDown={whole} onChange={(e) => setSection(e.target.value)}>
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
          Articles <span className="count">{counts.articles}</span>
        </button>
        <button type="button" aria-pressed={pane === 'trash'} onClick={() => setPane('trash')}>
          Trash <span className="count">{counts.trash}</span>
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
          <button type="button" onClick={() => setConfirmingEmpty(true)}>
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
        <DamagedPane damaged={damaged} />
      ) : (
        <ArticleGrid
          ref={gridRef}
          rows={rows}
          more={partial && !narrowed && pane === 'articles' ? counts.articles - rows.length : 0}
          onMore={whole}
          pane={pane}
          selected={selected}
          onSelect={setSelected}
          sort={sort}
          onSort={(key) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'updatedAt' || key === 'words' }))}
          snippets={snippets}
          onOpen={(id) => onOpen(id)}
          onRemove={(id) => void remove(id)}
          onRestore={(id) => void restore(id)}
          empty={
            // While only the first screen is here, nothing matching yet (or no trash yet) proves nothing.
            listing && !(partial && (narrowed || pane === 'trash')) && (
              <p className="empty">
                {pane === 'trash'
                  ? 'The trash is empty.'
                  : counts.articles > 0
                    ? <NoMatch query={query} status={status ? STATUS_LABEL[status] : ''} section={section} onClear={clearFilter} />
                    : 'No articles yet. Import a reporter’s copy (drop a file here or paste it), or start a new article.'}
              </p>
            )
          }
        />
      )}
      {confirmingEmpty && (
        <ConfirmDialog title="Empty the trash" confirmLabel="Delete for good" onConfirm={() => void emptyTrash()} onCancel={() => setConfirmingEmpty(false)}>
          Delete everything in the trash for good? It cannot be restored.
        </ConfirmDialog>
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
