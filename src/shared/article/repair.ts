// The one repair step between copy from outside and the article body: paste,
// drop, import and the recovery journal all pass through it, so nothing the
// article schema would refuse ever enters the document (a story that cannot
// be saved loses every word typed after). It keeps every word of text it is
// given, in order, and gives up only what the schema has no place for:
//
// - a quote mark whose id is malformed, or already used by another quote in
//   the document it joins, gets a fresh id (one per original id, so a
//   run-on quote stays one quote);
// - a speaker id that is malformed, or unknown to the directory, is dropped:
//   the quote stays, speakerless, for the checks panel to flag;
// - unknown marks and attributes are stripped; unknown nodes are unwrapped
//   to their text; text outside a paragraph gets one;
// - lists and blockquotes nested past MAX_DEPTH are unwrapped, their
//   paragraphs kept in place.
//
// Input is any JSON: walked iteratively where it may be arbitrarily deep.
import { MAX_DEPTH, QuoteId, SpeakerId, SuggestionMark, type BlockNode, type BodyMark, type DocNode, type InlineNode, type ListItemNode, type TextNode } from './model';
import { newQuoteId } from '../quotes/ids';

export interface RepairOptions {
  /** Quote ids already in the document the repaired copy joins: a mark carrying one is another quote and gets a fresh id. */
  takenQuoteIds?: ReadonlySet<string>;
  /** The speaker directory's ids; a mark naming any other is left speakerless. Null or absent: any well-formed id stands. */
  knownSpeakerIds?: ReadonlySet<string> | null;
  /** Makes a fresh quote id (the renderer's own maker; tests pass a seeded one). */
  newQuoteId?: () => string;
}

export interface Repaired<T> {
  value: T;
  /** How many things were changed: 0 means the input was already a valid body, returned as it was. */
  changes: number;
  /** Whether any node was added, removed, unwrapped or moved (not only marks or attributes changed). */
  reshaped: boolean;
}

/** Longest text node written: the model allows more, but pieces keep one node from being most of a story. */
const MAX_NODE_TEXT = 100_000;
/** How many nested calls the structural walk makes before the rest is flattened by a loop. */
const MAX_HOPS = 48;

type Json = Record<string, unknown>;
const isNode = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const contentOf = (node: Json): unknown[] | null => (Array.isArray(node.content) ? node.content : null);

const defaultQuoteId = newQuoteId;

/** One repair's state: the ids handed out, and what was changed. */
export class Repairer {
  changes = 0;
  reshaped = false;
  readonly #renamed = new Map<string, string>();
  readonly #used = new Set<string>();
  readonly #taken: ReadonlySet<string>;
  readonly #known: ReadonlySet<string> | null;
  readonly #newId: () => string;

  constructor(options: RepairOptions = {}) {
    this.#taken = options.takenQuoteIds ?? new Set();
    this.#known = options.knownSpeakerIds ?? null;
    this.#newId = options.newQuoteId ?? defaultQuoteId;
  }

  #change(reshape = false): void {
    this.changes++;
    if (reshape) this.reshaped = true;
  }

  /** The quote mark's id as the document will hold it: kept when valid and free, else one fresh id per original. */
  quoteId(raw: unknown): string {
    const key = typeof raw === 'string' ? raw : `\u0000${String(raw)}`;
    const renamed = this.#renamed.get(key);
    if (renamed) return renamed;
    if (typeof raw === 'string' && QuoteId.safeParse(raw).success && !this.#taken.has(raw)) {
      this.#used.add(raw);
      this.#renamed.set(key, raw);
      return raw;
    }
    this.#change();
    let id = this.#newId();
    for (let tries = 0; this.#taken.has(id) || this.#used.has(id) || !QuoteId.safeParse(id).success; tries++) {
      id = tries < 8 ? this.#newId() : defaultQuoteId();
    }
    this.#used.add(id);
    this.#renamed.set(key, id);
    return id;
  }

  /** A speaker id the document may hold, or null (a speakerless quote, which the checks flag). */
  speakerId(raw: unknown): string | null {
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'string' && SpeakerId.safeParse(raw).success && (!this.#known || this.#known.has(raw))) return raw;
    this.#change();
    return null;
  }

  /** Bold, italic, the quote mark and suggestions, each at most once, with only their own attributes. */
  marks(raw: unknown): BodyMark[] | undefined {
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) {
      this.#change();
      return undefined;
    }
    const out: BodyMark[] = [];
    const seen = new Set<string>();
    for (const mark of raw) {
      const type = isNode(mark) ? mark.type : undefined;
      // A suggestion is words not yet accepted or rejected: dropping its mark would take a deletion as kept copy.
      if (type === 'insertion' || type === 'deletion' || type === 'modification') {
        const suggestion = SuggestionMark.safeParse(mark);
        if (suggestion.success && !seen.has(type)) out.push(suggestion.data);
        else this.#change();
        seen.add(type);
        continue;
      }
      const kind = type === 'bold' || type === 'strong' ? 'bold' : type === 'italic' || type === 'em' ? 'italic' : type === 'quote' ? 'quote' : null;
      if (!kind || seen.has(kind)) {
        this.#change();
        continue;
      }
      seen.add(kind);
      if (kind !== 'quote') {
        if (type !== kind || Object.keys(mark as Json).length !== 1) this.#change();
        out.push({ type: kind });
        continue;
      }
      const attrs = isNode((mark as Json).attrs) ? ((mark as Json).attrs as Json) : {};
      const quoteId = this.quoteId(attrs.quoteId);
      const speakerId = this.speakerId(attrs.speakerId);
      if (Object.keys(attrs).some((k) => k !== 'quoteId' && k !== 'speakerId') || Object.keys(mark as Json).some((k) => k !== 'type' && k !== 'attrs')) this.#change();
      out.push({ type: 'quote', attrs: { quoteId, speakerId } });
    }
    return out.length ? out : undefined;
  }

  /**
   * The text and hard breaks under `nodes`, in order, whatever wraps them:
   * an inline node the schema does not know gives up its text. A loop, not
   * recursion, so no depth of wrapping can exhaust the stack.
   */
  inline(nodes: readonly unknown[]): InlineNode[] {
    const out: InlineNode[] = [];
    const stack: unknown[] = [...nodes].reverse();
    while (stack.length) {
      const node = stack.pop();
      if (typeof node === 'string') {
        this.#change(true);
        if (node) out.push(...this.#pieces(node, undefined));
        continue;
      }
      if (!isNode(node)) {
        this.#change(true);
        continue;
      }
      if (node.type === 'text' && typeof node.text === 'string') {
        const marks = this.marks(node.marks);
        if (Object.keys(node).some((k) => k !== 'type' && k !== 'text' && k !== 'marks') || (node.marks !== undefined && !marks)) this.#change();
        if (node.text.length === 0) this.#change(true);
        else out.push(...this.#pieces(node.text, marks));
        continue;
      }
      if (node.type === 'hardBreak') {
        if (Object.keys(node).length !== 1) this.#change();
        out.push({ type: 'hardBreak' });
        continue;
      }
      // Anything else: its children in its place, or its text.
      this.#change(true);
      const content = contentOf(node);
      if (content) for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
      else if (typeof node.text === 'string' && node.text) out.push(...this.#pieces(node.text, undefined));
    }
    return out;
  }

  #pieces(text: string, marks: BodyMark[] | undefined): TextNode[] {
    const make = (piece: string): TextNode => (marks ? { type: 'text', text: piece, marks } : { type: 'text', text: piece });
    if (text.length <= MAX_NODE_TEXT) return [make(text)];
    this.#change(true);
    const out: TextNode[] = [];
    let at = 0;
    while (at < text.length) {
      let end = Math.min(text.length, at + MAX_NODE_TEXT);
      const code = text.charCodeAt(end - 1);
      if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
      out.push(make(text.slice(at, end)));
      at = end;
    }
    return out;
  }

  /**
   * Block nodes for a place at `depth` (the doc's children are at 1). Text
   * found between blocks is gathered into paragraphs.
   */
  blocks(nodes: readonly unknown[], depth: number, hops = 0): BlockNode[] {
    if (hops > MAX_HOPS) return this.#flatten(nodes);
    const out: BlockNode[] = [];
    let loose: unknown[] = [];
    const gather = () => {
      if (!loose.length) return;
      const content = this.inline(loose);
      if (content.length) out.push({ type: 'paragraph', content });
      loose = [];
    };
    for (const node of nodes) {
      const type = isNode(node) ? node.type : undefined;
      if (!isNode(node) || type === 'text' || type === 'hardBreak') {
        this.#change(true);
        loose.push(node);
        continue;
      }
      gather();
      const content = contentOf(node);
      switch (type) {
        case 'paragraph':
        case 'heading': {
          out.push(this.#textblock(node, type));
          break;
        }
        case 'blockquote': {
          // A blockquote holds a paragraph holds text: two levels below it.
          if (depth + 2 > MAX_DEPTH) {
            this.#change(true);
            out.push(...this.blocks(content ?? [], depth, hops + 1));
            break;
          }
          if (Object.keys(node).some((k) => k !== 'type' && k !== 'content')) this.#change();
          const inner = this.blocks(content ?? [], depth + 1, hops + 1);
          if (inner.length) out.push({ type: 'blockquote', content: inner });
          else this.#change(true);
          break;
        }
        case 'bulletList':
        case 'orderedList': {
          // A list holds items hold paragraphs hold text: three levels below it.
          if (depth + 3 > MAX_DEPTH) {
            this.#change(true);
            for (const item of content ?? []) out.push(...this.blocks(isNode(item) && item.type === 'listItem' ? (contentOf(item) ?? []) : [item], depth, hops + 1));
            break;
          }
          const items = this.items(content ?? [], depth + 1, hops + 1);
          if (!items.length) {
            this.#change(true);
            break;
          }
          if (type === 'bulletList') {
            if (Object.keys(node).some((k) => k !== 'type' && k !== 'content')) this.#change();
            out.push({ type: 'bulletList', content: items });
          } else {
            const attrs = this.#listAttrs(node.attrs);
            out.push(attrs ? { type: 'orderedList', attrs, content: items } : { type: 'orderedList', content: items });
          }
          break;
        }
        case 'horizontalRule': {
          if (Object.keys(node).length !== 1) this.#change();
          out.push({ type: 'horizontalRule' });
          break;
        }
        default: {
          // A list item out of its list, a doc in a doc, a node from another editor: its content in its place.
          this.#change(true);
          if (content) out.push(...this.blocks(content, depth, hops + 1));
          else if (typeof node.text === 'string' && node.text) out.push({ type: 'paragraph', content: this.#pieces(node.text, undefined) });
        }
      }
    }
    gather();
    return out;
  }

  #textblock(node: Json, type: 'paragraph' | 'heading'): BlockNode {
    const raw = contentOf(node);
    if (node.content !== undefined && !raw) this.#change(true);
    const content = raw ? this.inline(raw) : [];
    if (type === 'paragraph') {
      if (Object.keys(node).some((k) => k !== 'type' && k !== 'content')) this.#change();
      return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
    }
    const rawLevel = isNode(node.attrs) ? node.attrs.level : undefined;
    const level: 2 | 3 = typeof rawLevel === 'number' && rawLevel >= 3 ? 3 : 2;
    if (rawLevel !== level || !isNode(node.attrs) || Object.keys(node.attrs).length !== 1 || Object.keys(node).some((k) => k !== 'type' && k !== 'content' && k !== 'attrs')) this.#change();
    return content.length ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } };
  }

  /** List items for a list at `depth - 1`: anything else in a list becomes an item of its own. */
  items(nodes: readonly unknown[], depth: number, hops = 0): ListItemNode[] {
    const items: ListItemNode[] = [];
    for (const node of nodes) {
      const isItem = isNode(node) && node.type === 'listItem';
      if (!isItem) this.#change(true);
      else if (Object.keys(node).some((k) => k !== 'type' && k !== 'content')) this.#change();
      const blocks = this.blocks(isItem ? (contentOf(node) ?? []) : [node], depth + 1, hops);
      if (!blocks.length) {
        this.#change(true);
        continue;
      }
      // The editor's list item opens with a paragraph.
      if (blocks[0].type !== 'paragraph') {
        this.#change(true);
        blocks.unshift({ type: 'paragraph' });
      }
      items.push({ type: 'listItem', content: blocks });
    }
    return items;
  }

  #listAttrs(raw: unknown): { start: number; type?: string | null } | undefined {
    if (raw === undefined) return undefined;
    const attrs = isNode(raw) ? raw : {};
    const start = typeof attrs.start === 'number' && Number.isInteger(attrs.start) ? Math.min(100_000, Math.max(0, attrs.start)) : 1;
    const type = typeof attrs.type === 'string' && attrs.type.length <= 8 ? attrs.type : null;
    if (start !== attrs.start || (attrs.type !== undefined && type !== attrs.type) || Object.keys(attrs).some((k) => k !== 'start' && k !== 'type')) this.#change();
    return attrs.type === undefined && type === null ? { start } : { start, type };
  }

  /** Past the walk's depth: every textblock and loose run of text, in order, as paragraphs. A loop. */
  #flatten(nodes: readonly unknown[]): BlockNode[] {
    this.#change(true);
    const out: BlockNode[] = [];
    let loose: unknown[] = [];
    const gather = () => {
      const content = this.inline(loose);
      if (content.length) out.push({ type: 'paragraph', content });
      loose = [];
    };
    const END = Symbol('end of a block');
    const stack: unknown[] = [...nodes].reverse();
    while (stack.length) {
      const node = stack.pop();
      if (node === END) {
        gather();
        continue;
      }
      const content = isNode(node) ? contentOf(node) : null;
      if (isNode(node) && (node.type === 'paragraph' || node.type === 'heading')) {
        gather();
        loose = content ?? [];
        gather();
      } else if (isNode(node) && node.type !== 'text' && content) {
        stack.push(END);
        for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
      } else loose.push(node);
    }
    gather();
    return out;
  }
}

/**
 * Any JSON in, a body the article schema accepts out, with every word of
 * text in it kept in order. `changes` is 0 when the input was already valid.
 */
export function repairDoc(input: unknown, options: RepairOptions = {}): Repaired<DocNode> {
  const repairer = new Repairer(options);
  let nodes: unknown[];
  if (isNode(input) && input.type === 'doc' && Array.isArray(input.content)) {
    nodes = input.content;
    if (Object.keys(input).length !== 2) repairer.changes++;
  } else {
    repairer.changes++;
    repairer.reshaped = true;
    nodes = Array.isArray(input) ? input : input === undefined || input === null ? [] : [input];
  }
  const content = repairer.blocks(nodes, 1);
  if (!content.length) {
    if (nodes.length || !(isNode(input) && input.type === 'doc')) repairer.changes++;
    content.push({ type: 'paragraph' });
  }
  return { value: { type: 'doc', content }, changes: repairer.changes, reshaped: repairer.reshaped };
}

/** Characters no export format can carry in a one-line field (tabs and line ends aside). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** A one-line field as the article holds it: control characters (a vertical tab from Word) become spaces. */
export function cleanLine(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, ' ') : text;
}
