// The library's list of articles (or the trash) as a sortable grid. A library
// of ten thousand stories renders only the rows on screen: the list opens,
// sorts and filters as fast with 10,000 as with 10. The selected row is
// always rendered too, so the keyboard focus it holds survives scrolling it
// out of sight. Arrow keys, Page Up/Down, Home and End move; Enter opens;
// Delete bins (or restores, in the trash).
import { defaultRangeExtractor, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { Fragment, forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ArticleSummary } from '../../shared/article/model';
import { fetchAhead, leave, restOn } from '../editor/story-opening';
import { formatWhen, STATUS_LABEL, type Sort, type SortKey } from './library-rows';

/** A row's height before it is measured (one line of 13px type and its padding); a search snippet makes it taller. */
const ROW_PX = 29;
/** The sticky header row: a row scrolled to must land below it, not under it. */
const HEAD_PX = 26;
/** Rows rendered beyond the visible ones, so arrowing and scrolling never meet a blank. */
const OVERSCAN = 12;

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

/** What the library asks of the grid: move to a row (the search box's arrow down goes to the first). */
export interface GridHandle {
  goToRow(index: number): void;
}

interface Props {
  rows: ArticleSummary[];
  /** Stories beyond `rows` still to come (the list holds its first screen so far); 0 when `rows` is all. */
  more: number;
  /** Asks for the rest, when the keyboard or the scroll reaches the end of what is here. */
  onMore: () => void;
  pane: 'articles' | 'trash';
  selected: string | null;
  onSelect: (id: string) => void;
  sort: Sort;
  onSort: (key: SortKey) => void;
  snippets: Map<string, string>;
  onOpen: (id: string) => void;
  onRemove: (id: string) => void;
  onRestore: (id: string) => void;
  /** Shown under the header when there are no rows (null while the list is loading). */
  empty: ReactNode;
}

/** The windowed grid of articles or of the trash. */
export const ArticleGrid = forwardRef<GridHandle, Props>(function ArticleGrid({ rows, more, onMore, pane, selected, onSelect, sort, onSort, snippets, onOpen, onRemove, onRestore, empty }, ref) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);
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
  useEffect(() => rowWindow.measure(), [snippets, rowWindow]);

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
    onSelect(row.id);
    keptInView.current = row.id;
    rowWindow.scrollToIndex(target, { align: 'auto' });
    const rendered = rowElement(row.id);
    if (rendered) rendered.focus({ preventScroll: true });
    else focusNext.current = { id: row.id, from: document.activeElement };
  };
  useImperativeHandle(ref, () => ({ goToRow }));
  // A row reached by keyboard stays in view until the sub scrolls again: a wheel's scroll still running when the
  // key came, or the rest of the library arriving, would otherwise carry the list on past the focused row.
  const keptInView = useRef<string | null>(null);
  const rowsNow = useRef(rows);
  rowsNow.current = rows;
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const letGo = () => void (keptInView.current = null);
    const onScroll = () => {
      const id = keptInView.current;
      if (id === null) return;
      const row = rowElement(id);
      const view = wrap.getBoundingClientRect();
      const box = row?.getBoundingClientRect();
      if (box && box.top >= view.top + HEAD_PX && box.bottom <= view.bottom) return;
      const index = rowsNow.current.findIndex((r) => r.id === id);
      if (index >= 0) rowWindow.scrollToIndex(index, { align: 'auto' });
    };
    const options = { passive: true } as const;
    wrap.addEventListener('scroll', onScroll, options);
    wrap.addEventListener('wheel', letGo, options);
    wrap.addEventListener('touchstart', letGo, options);
    wrap.addEventListener('pointerdown', letGo, options);
    return () => {
      wrap.removeEventListener('scroll', onScroll);
      wrap.removeEventListener('wheel', letGo);
      wrap.removeEventListener('touchstart', letGo);
      wrap.removeEventListener('pointerdown', letGo);
    };
  }, [rowWindow]);
  // End pressed before the rest has come: the last story is focused once it has, if the focus is still in the list.
  const toLast = useRef(false);
  useEffect(() => {
    if (more || !toLast.current) return;
    toLast.current = false;
    if (wrapRef.current?.contains(document.activeElement)) goToRow(rows.length - 1);
  });
  // Scrolled near the end of the first screen's rows: the rest is needed now, not when the window settles.
  const lastShown = rowWindow.getVirtualItems().at(-1)?.index ?? 0;
  useEffect(() => {
    if (more && lastShown >= rows.length - 1 - OVERSCAN) onMore();
  }, [more, lastShown, rows.length, onMore]);
  /** The row a screenful above or below the selected one, by the rows' measured heights. */
  const pageFrom = (index: number, direction: 1 | -1) => {
    const from = rowWindow.getVirtualItems().find((item) => item.index === index);
    const screen = (wrapRef.current?.clientHeight ?? 0) - HEAD_PX;
    if (!from || screen <= 0) return index + direction;
    const landed = rowWindow.getVirtualItemForOffset(Math.max(0, from.start + direction * screen));
    return landed && landed.index !== index ? landed.index : index + direction;
  };
  // The list going away (a story opened) leaves nothing to read or set for the row last pointed at.
  useEffect(() => leave, []);

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
      End: () => {
        if (more) {
          toLast.current = true;
          onMore();
        }
        return rows.length - 1;
      },
    };
    if (event.key in moves) {
      event.preventDefault();
      goToRow(moves[event.key]());
    } else if (event.key === 'Enter' && selected && pane === 'articles') {
      event.preventDefault();
      onOpen(selected);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
      event.preventDefault();
      (pane === 'articles' ? onRemove : onRestore)(selected);
    }
  };

  const header = (key: SortKey, label: string, className = '') => (
    <th className={className} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(key)}>
        {label}
        {sort.key === key ? (sort.descending ? ' ▾' : ' ▴') : ''}
      </button>
    </th>
  );

  return (
    <div className="grid-wrap" ref={wrapRef} onKeyDown={onKeyDown}>
      <table className="grid grid-windowed" aria-label={pane === 'trash' ? 'Trash' : 'Articles'} aria-rowcount={rows.length + more + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {header('headline', 'Headline', 'wide')}
            {header('catchline', 'Catchline')}
            {header('status', 'Status')}
            {header('section', 'Section')}
            {header('words', 'Words', 'num')}
            {header('updatedAt', 'Changed', 'num')}
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody ref={tableRef}>
          {withGaps(rowWindow.getVirtualItems()).map(({ index, gap }) => {
            const row = rows[index];
            const name = row.headline || 'untitled';
            return (
              <Fragment key={row.id}>
                {spacer(gap)}
                <tr
                  ref={rowWindow.measureElement}
                  data-index={index}
                  aria-rowindex={index + 2}
                  data-id={row.id}
                  tabIndex={0}
                  aria-selected={selected === row.id}
                  onFocus={() => onSelect(row.id)}
                  onClick={() => onSelect(row.id)}
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
                          onPointerEnter={() => restOn(row.id, row.revision)}
                          onPointerLeave={leave}
                          onFocus={() => fetchAhead(row.id, row.revision)}
                          onClick={() => onOpen(row.id)}
                          aria-label={`Open ${name}`}
                        >
                          Open
                        </button>
                        <button type="button" className="ghost" onClick={() => onRemove(row.id)} aria-label={`Delete ${name}`} title="Move to the trash (Delete)">
                          Delete
                        </button>
                      </>
                    ) : (
                      <button type="button" className="ghost" onClick={() => onRestore(row.id)} aria-label={`Restore ${name}`}>
                        Restore
                      </button>
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
          {spacer(rowWindow.getTotalSize() - (rowWindow.getVirtualItems().at(-1)?.end ?? 0))}
        </tbody>
      </table>
      {rows.length === 0 && empty}
    </div>
  );
});
