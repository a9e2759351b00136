// Walking sanitised HTML into copy blocks. Block elements (p, h1–h6, li,
// blockquote, div…) end the paragraph being gathered; inline elements add
// marks (b/strong → bold, i/em → italic) to the text inside them. A `<br>`
// ends a paragraph too: in pasted copy it separates lines that are read as
// separate lines (a byline above a dateline, a column of labels).
//
// The block list is flat, so some nesting is simplified: a heading inside a
// list item or blockquote becomes a plain paragraph there, and a list inside
// a blockquote keeps its list and loses the quote.
import type { CopyBlock, CopyMark, CopyRole, CopyRun, ListPlace } from '../../shared/import/blocks';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br',
]);

const MARKS: Record<string, CopyMark> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', cite: 'italic' };

// Class names that say what a block is for. Matched as whole tokens of the
// class or id, so "lead" matches "article-lead" but not "leader".
const STANDFIRST_TOKENS = new Set(['standfirst', 'dek', 'deck', 'subtitle', 'strapline', 'strap', 'lead', 'summary', 'subhead']);
const BYLINE_TOKENS = new Set(['byline', 'author', 'authors', 'contributor', 'contributors']);

interface Context {
  heading?: number;
  list?: ListPlace;
  quote?: number;
  role?: CopyRole;
}

function tokens(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// A hint belongs to a block, not a container: "lead-story" on the element
// around the whole story must not make its intro a standfirst.
const MAX_HINTED_CHARS = 600;

function roleOf(el: Element): CopyRole | undefined {
  if (!el.hasAttribute('class') && !el.hasAttribute('id')) return undefined;
  const found = tokens(el);
  const role: CopyRole | undefined = found.some((t) => BYLINE_TOKENS.has(t))
    ? 'byline'
    : found.some((t) => STANDFIRST_TOKENS.has(t))
      ? 'standfirst'
      : undefined;
  if (!role || (el.textContent ?? '').length > MAX_HINTED_CHARS) return undefined;
  return role;
}

class Walk {
  readonly blocks: CopyBlock[] = [];
  private runs: CopyRun[] = [];
  private context: Context = {};
  private counter = 0;

  private next(): number {
    return ++this.counter;
  }

  /** Close the paragraph being gathered, as the kind its context makes it. */
  flush(): void {
    const runs = this.runs;
    this.runs = [];
    if (!runs.some((r) => /\S/.test(r.text))) return;
    const { heading, list, quote, role } = this.context;
    const block: CopyBlock = list
      ? { kind: 'listItem', text: '', runs, list }
      : quote !== undefined
        ? { kind: 'blockquote', text: '', runs, quote }
        : heading
          ? { kind: 'heading', text: '', runs, level: heading }
          : { kind: 'paragraph', text: '', runs };
    if (role && block.kind !== 'listItem') block.role = role;
    block.text = runs.map((r) => r.text).join('');
    this.blocks.push(block);
  }

  /** Walk `el`'s children with `change` applied to the context, then restore it. */
  private within(el: Element, marks: CopyMark[], change: Context): void {
    const saved = this.context;
    this.flush();
    this.context = { ...saved, ...change };
    this.children(el, marks);
    this.flush();
    this.context = saved;
  }

  children(el: Element, marks: CopyMark[]): void {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        if (text) this.runs.push(marks.length ? { text, marks } : { text });
      } else if (child.nodeType === ELEMENT_NODE) this.element(child as Element, marks);
    }
  }

  private element(el: Element, marks: CopyMark[]): void {
    const tag = el.tagName.toLowerCase();
    // Only a block element carries a hint: a class on an inline <span> must
    // not split the paragraph around it.
    const role = BLOCK_TAGS.has(tag) ? roleOf(el) : undefined;
    const withRole: Context = role ? { role } : {};

    // A line break inside a heading is typography, not a new block.
    if (tag === 'br' && this.context.heading && !this.context.list && this.context.quote === undefined) {
      this.runs.push({ text: ' ' });
      return;
    }
    if (tag === 'br') return this.flush();
    if (tag === 'hr') {
      this.flush();
      this.blocks.push({ kind: 'rule', text: '', runs: [] });
      return;
    }
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) return this.within(el, marks, { ...withRole, heading: Number(heading[1]) });
    if (tag === 'ul' || tag === 'ol') return this.list(el, marks, tag === 'ol');
    if (tag === 'blockquote') return this.within(el, marks, { ...withRole, quote: this.next(), heading: undefined });
    if (tag === 'q') {
      // Browsers draw <q> with quotation marks; the copy should keep them.
      this.runs.push({ text: '“', marks });
      this.children(el, marks);
      this.runs.push({ text: '”', marks });
      return;
    }
    if (BLOCK_TAGS.has(tag)) return this.within(el, marks, withRole);

    const mark = MARKS[tag];
    this.children(el, mark && !marks.includes(mark) ? [...marks, mark] : marks);
  }

  private list(el: Element, marks: CopyMark[], ordered: boolean): void {
    const parent = this.context.list;
    const startAttr = Number.parseInt(el.getAttribute('start') ?? '', 10);
    const place = {
      list: this.next(),
      ordered,
      depth: (parent?.depth ?? 0) + 1,
      ...(ordered && Number.isFinite(startAttr) && startAttr >= 0 ? { start: startAttr } : {}),
    };
    this.flush();
    for (const child of Array.from(el.children)) {
      this.within(child, marks, { heading: undefined, list: { ...place, item: this.next() } });
    }
  }
}

export function blocksFromDom(body: Element): CopyBlock[] {
  const walk = new Walk();
  walk.children(body, []);
  walk.flush(); // text left directly in <body> after the last block
  return walk.blocks;
}
