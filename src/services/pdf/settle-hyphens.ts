// A PDF's text layer, as Chromium writes it, keeps every soft hyphen of the
// page: a reader copying from the PDF, a search, or pdftotext finds "gen­eral"
// split at each break point that was never used, and a drawn hyphen apart
// from its word where one was. Once the page is laid out (and measured), this
// settles them the way a typesetter's output reads: a soft hyphen where the
// line broke becomes the hyphen printed there, and every other one goes.
// Neither changes a line: Chromium breaks a justified column greedily, so a
// break point left unused on a line never moves the break that was used, and
// a hyphen-minus is as wide as the hyphen drawn for a soft one and breaks after itself.

/** The little of the page's DOM this reads: Node-layer code, compiled without the DOM's types. */
interface Box {
  left: number;
  top: number;
  bottom: number;
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
    querySelector(selector: string): unknown;
    createRange(): PageRange;
    createTreeWalker(root: unknown, show: number): { nextNode(): PageText | null };
  };
}

/** What settling did: hyphens printed where lines broke, soft hyphens dropped elsewhere. */
export interface SettledHyphens {
  printed: number;
  dropped: number;
}

/**
 * Runs inside the print page after measuring and before printing (serialised
 * by the browser driver, so it must stand alone: no imports, no helpers from
 * outside its body).
 */
export function settleHyphensInPage(): SettledHyphens {
  const page = globalThis as unknown as PageGlobals;
  const body = page.document.querySelector('.gp-body');
  const settled = { printed: 0, dropped: 0 };
  if (!body) return settled;
  const soft = '\u00AD';
  const range = page.document.createRange();
  const box = (node: PageText, at: number): Box | null => {
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    // The last box: a range just after a used break also holds the hyphen drawn at the line's end.
    const rects = range.getClientRects();
    return rects.length > 0 ? rects[rects.length - 1] : null;
  };
  // 4: NodeFilter.SHOW_TEXT. Collected first: rewriting a node's text while walking is safe, but clearer apart.
  const walker = page.document.createTreeWalker(body, 4);
  const nodes: PageText[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.includes(soft)) nodes.push(node);
  for (const node of nodes) {
    // Read every break before changing any text: the layout is the one that was measured.
    const broke: boolean[] = [];
    for (let i = node.data.indexOf(soft); i >= 0; i = node.data.indexOf(soft, i + 1)) {
      const before = i > 0 ? box(node, i - 1) : null;
      const after = i + 1 < node.data.length ? box(node, i + 1) : null;
      // The letter after the break point sits on another line: back at the left (the next line), or higher (the next column).
      // Tops, not top against bottom: a glyph's box is taller than the leading, so lines' boxes overlap.
      broke.push(!!before && !!after && (after.left < before.left || Math.abs(after.top - before.top) > 2));
    }
    let k = 0;
    node.data = node.data.replace(/\u00AD/g, () => {
      if (broke[k++]) {
        settled.printed++;
        return '-';
      }
      settled.dropped++;
      return '';
    });
  }
  return settled;
}
