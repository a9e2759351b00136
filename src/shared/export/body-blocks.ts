// The body once, for every exporter: TipTap's JSON walked into blocks of
// runs, with bold and italic as flags and each tagged quote resolved to its
// speaker. Six formats read this shape instead of each re-walking the
// editor's document and each deciding afresh what a quote mark means.
import type { BlockNode, DocNode, InlineNode } from '../article/model';
import type { Speaker } from '../speakers/model';

/** One tagged quotation, as every segment of it sees it. */
export type QuoteRef = {
  quoteId: string;
  /** The id on the mark, even when the directory no longer holds that speaker. */
  speakerId: string | null;
  /** The speaker from the directory, or null for an untagged quote or a speaker since deleted. */
  speaker: Speaker | null;
  /** Position of this segment within its quotation (0-based): a run-on quote has one per paragraph. */
  segment: number;
  /** How many segments the quotation has in the whole body. */
  segments: number;
};

export type TextRun = {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  /** A suggestion not yet taken (only DOCX sees these: other exports read the body with suggestions rejected). */
  suggestion?: { kind: 'insertion' | 'deletion'; id: string | number };
};
export type BreakRun = { kind: 'break' };
export type Run = TextRun | BreakRun;

/** A maximal stretch of one textblock under one quote mark: one `<q>` in HTML or NITF. */
export type QuoteSpan = { kind: 'quote'; quote: QuoteRef; runs: Run[] };

export type Inline = Run | QuoteSpan;

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'crosshead'; level: 2 | 3; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'blockquote'; blocks: Block[] }
  | { kind: 'rule' };

export type BodyBlocks = {
  blocks: Block[];
  /** Speakers of the body's quotes, each once, in order of first quote: the people a wire item names. */
  quotedSpeakers: Speaker[];
};

export function bodyBlocks(doc: DocNode, speakers: readonly Speaker[]): BodyBlocks {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  // Every segment's ref, per quotation: the count is known only after the
  // whole body is walked, and is then written back into each of them.
  const refs = new Map<string, QuoteRef[]>();
  const quoted = new Map<string, Speaker>();

  const inlinesOf = (content: InlineNode[] | undefined): Inline[] => {
    const nodes = content ?? [];
    const out: Inline[] = [];
    let open: QuoteSpan | null = null;
    nodes.forEach((node, i) => {
      const mark = quoteOf(node);
      if (node.type === 'hardBreak') {
        // A line break inside a quote stays inside it: the quote goes on after it.
        const next = nodes.slice(i + 1).find((n) => n.type !== 'hardBreak');
        if (open && next && quoteOf(next)?.quoteId === open.quote.quoteId) open.runs.push({ kind: 'break' });
        else {
          open = null;
          out.push({ kind: 'break' });
        }
        return;
      }
      const run = toRun(node);
      if (!mark) {
        open = null;
        out.push(run);
      } else if (open && open.quote.quoteId === mark.quoteId) {
        open.runs.push(run);
      } else {
        const siblings = refs.get(mark.quoteId) ?? [];
        refs.set(mark.quoteId, siblings);
        const speaker = mark.speakerId ? (byId.get(mark.speakerId) ?? null) : null;
        if (speaker && !quoted.has(speaker.id)) quoted.set(speaker.id, speaker);
        const quote: QuoteRef = { quoteId: mark.quoteId, speakerId: mark.speakerId, speaker, segment: siblings.length, segments: 1 };
        siblings.push(quote);
        open = { kind: 'quote', quote, runs: [run] };
        out.push(open);
      }
    });
    return out;
  };

  const walk = (nodes: readonly BlockNode[]): Block[] =>
    nodes.map((node): Block => {
      switch (node.type) {
        case 'paragraph':
          return { kind: 'paragraph', inlines: inlinesOf(node.content) };
        case 'heading':
          return { kind: 'crosshead', level: node.attrs.level, inlines: inlinesOf(node.content) };
        case 'bulletList':
          return { kind: 'list', ordered: false, start: 1, items: node.content.map((item) => walk(item.content)) };
        case 'orderedList':
          return {
            kind: 'list',
            ordered: true,
            start: node.attrs?.start ?? 1,
            items: node.content.map((item) => walk(item.content)),
          };
        case 'blockquote':
          return { kind: 'blockquote', blocks: walk(node.content) };
        case 'horizontalRule':
          return { kind: 'rule' };
      }
    });

  const blocks = walk(doc.content);
  for (const siblings of refs.values()) for (const ref of siblings) ref.segments = siblings.length;
  return { blocks, quotedSpeakers: [...quoted.values()] };
}

function quoteOf(node: InlineNode): { quoteId: string; speakerId: string | null } | null {
  if (node.type !== 'text') return null;
  for (const mark of node.marks ?? []) if (mark.type === 'quote') return mark.attrs;
  return null;
}

function toRun(node: InlineNode & { type: 'text' }): TextRun {
  const marks = node.marks ?? [];
  return {
    kind: 'text',
    text: node.text,
    bold: marks.some((m) => m.type === 'bold'),
    italic: marks.some((m) => m.type === 'italic'),
    ...suggestionOf(marks),
  };
}

function suggestionOf(marks: NonNullable<(InlineNode & { type: 'text' })['marks']>): Pick<TextRun, 'suggestion'> {
  for (const mark of marks) if (mark.type === 'insertion' || mark.type === 'deletion') return { suggestion: { kind: mark.type, id: mark.attrs.id } };
  return {};
}

/** The plain text of some inlines, a hard break read as a newline: what a reader sees. */
export function inlinesText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.kind === 'quote') out += inlinesText(inline.runs);
    else out += inline.kind === 'text' ? inline.text : '\n';
  }
  return out;
}

/**
 * Inline copy as stretches of plain runs (kept together so their marks can
 * nest across runs) between quote spans: how the markup formats walk a line.
 */
export function quoteStretches(inlines: readonly Inline[]): Array<{ kind: 'plain'; runs: Run[] } | QuoteSpan> {
  const out: Array<{ kind: 'plain'; runs: Run[] } | QuoteSpan> = [];
  for (const inline of inlines) {
    if (inline.kind === 'quote') out.push(inline);
    else {
      const last = out[out.length - 1];
      if (last?.kind === 'plain') last.runs.push(inline);
      else out.push({ kind: 'plain', runs: [inline] });
    }
  }
  return out;
}
