// Copyfit for a PDF, measured where it prints: the print document's slot as
// the browser lays it out on screen (the preview's layout), read back by a
// function that runs inside that page, and turned into "over by 16 lines"
// by the same arithmetic as the preview (src/shared/layout/copyfit.ts).
import { countWords } from '../../shared/article/text';
import { columnAt, copyfitResult, linesPerColumn, linesUsed, type CopyfitResult } from '../../shared/layout/copyfit';

/** What the page reports: the slot's body box and where the copy ends, in layout pixels. */
export interface SlotGeometry {
  columns: number;
  leadingPx: number;
  gapPx: number;
  bodyWidthPx: number;
  bodyHeightPx: number;
  /** Where the copy's last box ends, from the body's top left corner; null for an empty body. */
  end: { left: number; bottom: number } | null;
  /** The words set outside the slot, in order. */
  overmatterText: string;
  /** How far the head (headline to byline) runs past the slot's foot; 0 when it ends inside. */
  headOverrunPx: number;
}

/** The little of the page's DOM the measuring function reads: this is Node-layer code, compiled without the DOM's types. */
interface Box {
  left: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageElement {
  clientWidth: number;
  clientHeight: number;
  lastElementChild: PageElement | null;
  getBoundingClientRect(): Box;
  getClientRects(): ArrayLike<Box>;
}
interface PageText {
  data: string;
}
interface PageRange {
  setStart(node: PageText, offset: number): void;
  setEnd(node: PageText, offset: number): void;
  getClientRects(): ArrayLike<Box>;
}
interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null;
    createRange(): PageRange;
    createTreeWalker(root: PageElement, show: number): { nextNode(): PageText | null };
  };
  getComputedStyle(element: PageElement): { columnCount: string; lineHeight: string; columnGap: string };
}

/**
 * Runs inside the print page (serialised by the browser driver, so it must
 * stand alone: no imports, no helpers from outside its body).
 */
export function measureSlotInPage(): SlotGeometry {
  const page = globalThis as unknown as PageGlobals;
  const body = page.document.querySelector('.gp-body');
  if (!body) return { columns: 1, leadingPx: 0, gapPx: 0, bodyWidthPx: 0, bodyHeightPx: 0, end: null, overmatterText: '', headOverrunPx: 0 };
  const proof = page.document.querySelector('.gp');
  const head = page.document.querySelector('.gp-head');
  const headOverrunPx = proof && head ? Math.max(0, head.getBoundingClientRect().bottom - proof.getBoundingClientRect().top - proof.clientHeight) : 0;
  const style = page.getComputedStyle(body);
  const box = body.getBoundingClientRect();
  const slotRight = box.left + body.clientWidth - 0.5;
  let end: SlotGeometry['end'] = null;
  const last = body.lastElementChild;
  if (last) {
    const rects = Array.from(last.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
    const tail = rects[rects.length - 1];
    if (tail) end = { left: tail.left - box.left, bottom: tail.bottom - box.top };
  }
  const words: string[] = [];
  const range = page.document.createRange();
  // 4: NodeFilter.SHOW_TEXT.
  const walker = page.document.createTreeWalker(body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\S+/g)) {
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const first = range.getClientRects()[0];
      // Without the layout's soft hyphens: the words as the sub wrote them.
      if (first && first.left >= slotRight) words.push(match[0].replace(/\u00AD/g, ''));
    }
  }
  return {
    columns: Math.max(1, Math.round(parseFloat(style.columnCount) || 1)),
    leadingPx: parseFloat(style.lineHeight) || 0,
    gapPx: parseFloat(style.columnGap) || 0,
    bodyWidthPx: body.clientWidth,
    bodyHeightPx: body.clientHeight,
    end,
    overmatterText: words.join(' '),
    headOverrunPx,
  };
}

/** Lines the copy takes as set, each full column before its last counted full (overflow columns too). */
export function linesUsedInPage(g: SlotGeometry): number {
  if (!g.end || g.leadingPx <= 0) return 0;
  const perColumn = linesPerColumn(g.bodyHeightPx, g.leadingPx);
  const columnWidth = (g.bodyWidthPx - (g.columns - 1) * g.gapPx) / g.columns;
  const column = columnAt(g.end.left, columnWidth, g.gapPx);
  // The same tolerance as the preview: sub-pixel rounding and a pull quote's half-line of rules.
  return linesUsed(column, Math.max(0, Math.ceil(g.end.bottom / g.leadingPx - 0.15)), perColumn);
}

/** The page's measurements as copyfit's answer: fits, short or over by so many lines (and words). */
export function copyfitFromGeometry(g: SlotGeometry): CopyfitResult {
  const perColumn = linesPerColumn(g.bodyHeightPx, g.leadingPx);
  const used = linesUsedInPage(g);
  const overWords = countWords(g.overmatterText);
  // No editor document here, so no position: any word outside the slot makes it over.
  const headOverrunLines = g.headOverrunPx > 0.5 && g.leadingPx > 0 ? Math.ceil(g.headOverrunPx / g.leadingPx - 0.01) : 0;
  return copyfitResult({ capacity: g.columns * perColumn, used, overWords, overmatterFrom: overWords > 0 ? 0 : null, headOverrunLines });
}
