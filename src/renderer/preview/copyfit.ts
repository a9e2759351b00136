// Copyfit, measured: the print preview is laid out by the browser, and this
// reads the answer back from the rendered columns. How many lines a column
// holds, where the copy's last line falls, and the first word that falls
// outside the slot (the browser sets overflow columns to the right of it).
// Never an estimate of line breaks: the same layout prints.
import type { Node as PMNode } from '@tiptap/pm/model';
import { countWords } from '../../shared/article/text';
import { offsetInCopy } from '../../shared/layout/hyphenation';
import { columnAt, copyfitResult, linesPerColumn, linesUsed, type CopyfitResult } from '../../shared/layout/copyfit';
import { blockStart, blockText, copyTextNodes, positionAt } from './positions';

export type { CopyfitResult } from '../../shared/layout/copyfit';

export interface CopyfitMeasurement extends CopyfitResult {
  /** Lines the headline runs to as set. */
  headlineLines: number;
  /** Columns of overmatter to the right of the slot, for the preview to shade. */
  overflowColumns: number;
  /** Layout pixels: column pitch and body box, for the shading. */
  columnPitchPx: number;
  bodyTopPx: number;
  bodyHeightPx: number;
  /** Layout pixels by which the head (headline to byline) runs past the slot's foot; 0 when it ends inside. */
  headOverrunPx: number;
  /** Layout pixels by which anything set (a squeezed body's first lines, too) runs past the slot's foot. */
  spillPx: number;
}

const px = (value: string) => parseFloat(value) || 0;

/**
 * Measures a rendered .gp proof against the editor document it was made
 * from. `doc` must be that document: positions are computed in it.
 */
export function measureCopyfit(proof: HTMLElement, doc: PMNode): CopyfitMeasurement {
  const body = proof.querySelector<HTMLElement>('.gp-body')!;
  const headline = proof.querySelector<HTMLElement>('.gp-headline');
  const bodyStyle = getComputedStyle(body);
  const columns = Math.max(1, Math.round(px(bodyStyle.columnCount)));
  const lead = px(bodyStyle.lineHeight);
  const gap = px(bodyStyle.columnGap);
  // Layout pixels; client rects come back scaled by any transform on the pane, so divide by this.
  const bodyRect = body.getBoundingClientRect();
  const scale = body.offsetWidth > 0 ? bodyRect.width / body.offsetWidth : 1;
  const columnWidth = (body.clientWidth - (columns - 1) * gap) / columns;
  const perColumn = linesPerColumn(body.clientHeight, lead);
  const capacity = columns * perColumn;

  let used = 0;
  let lastColumn = 0;
  const last = body.lastElementChild;
  if (last) {
    const fragments = [...last.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    const end = fragments[fragments.length - 1];
    if (end) {
      lastColumn = columnAt((end.left - bodyRect.left) / scale, columnWidth, gap);
      // A line ends on the leading grid; the tolerance absorbs sub-pixel rounding and the odd half-line of a pull quote's rules.
      const line = Math.ceil((end.bottom - bodyRect.top) / scale / lead - 0.15);
      used = linesUsed(lastColumn, Math.max(0, line), perColumn);
    }
  }

  const slotRight = bodyRect.left + body.clientWidth * scale - 0.5;
  const overmatterFrom = findOvermatter(body, doc, slotRight);
  const overWords = overmatterFrom === null ? 0 : countWords(doc.textBetween(overmatterFrom, doc.content.size, '\n', '\n'));
  // The head is set whole (flex: none): in a shallow slot it can run past the slot's foot and squeeze the body to nothing.
  const head = proof.querySelector<HTMLElement>('.gp-head');
  const headOverrunPx = head ? Math.max(0, head.offsetTop + head.offsetHeight - proof.clientHeight) : 0;
  const headOverrunLines = headOverrunPx > 0.5 && lead > 0 ? Math.ceil(headOverrunPx / lead - 0.01) : 0;
  const headlineLines = headline && headline.textContent ? Math.round(headline.offsetHeight / px(getComputedStyle(headline).lineHeight)) : 0;

  return {
    ...copyfitResult({ capacity, used, overWords, overmatterFrom, headOverrunLines }),
    headlineLines,
    overflowColumns: Math.max(0, lastColumn + 1 - columns),
    columnPitchPx: columnWidth + gap,
    bodyTopPx: body.offsetTop,
    bodyHeightPx: body.clientHeight,
    headOverrunPx,
    spillPx: Math.max(headOverrunPx, proof.scrollHeight - proof.clientHeight),
  };
}

const outside = (range: Range, slotRight: number) => {
  const rects = range.getClientRects();
  return rects.length > 0 && rects[0].left >= slotRight;
};

/** The document position of the first word set outside the slot, or null when every word is inside. */
function findOvermatter(body: HTMLElement, doc: PMNode, slotRight: number): number | null {
  const range = body.ownerDocument.createRange();
  for (const block of body.querySelectorAll<HTMLElement>(':scope > [data-block]')) {
    const index = Number(block.dataset.block);
    range.selectNodeContents(block);
    const rects = [...range.getClientRects()];
    if (!rects.some((r) => r.right > slotRight && r.left >= slotRight)) {
      // A block with no text (a rule) is judged by its box.
      if (rects.length > 0 || block.getBoundingClientRect().left < slotRight) continue;
      return blockStart(doc, index);
    }
    // The first word in this block whose first glyph box is past the slot's edge.
    const texts = copyTextNodes(block);
    // Offsets as set count the layout's soft hyphens; the copy's own text does not hold them.
    const toCopy = (shown: number) => (index < doc.childCount ? offsetInCopy(blockText(doc, index), texts.map((t) => t.data).join(''), shown) : shown);
    let offset = 0;
    for (const text of texts) {
      for (const word of text.data.matchAll(/\S+/g)) {
        range.setStart(text, word.index!);
        range.setEnd(text, word.index! + word[0].length);
        if (outside(range, slotRight)) return positionAt(doc, index, toCopy(offset + word.index!));
      }
      offset += text.data.length;
    }
    // Only the tail of a word broken at a hyphen is outside: the overmatter starts with the next block.
  }
  return null;
}
