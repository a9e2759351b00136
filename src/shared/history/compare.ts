// What changed between two revisions of a story, read from the document
// structure rather than from its HTML. The body is compared block by block
// first (jsdiff's array diff over the top-level blocks), so unchanged
// paragraphs cost one string comparison; each block edited is handed alone to
// prosemirror-changeset, which finds the changed characters inside it, and its
// simplifyChanges widens those to whole words. Blocks added or cut are
// reported whole. Positions are
// positions in the two ProseMirror documents, so the renderer can mark them
// in the copy and put a single change back.
import { diffArrays } from 'diff';
import { ChangeSet, simplifyChanges } from '@tiptap/pm/changeset';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { ArticleFields, DocNode } from '../article/model';
import { taggedQuotes } from '../article/quote-marks';
import { bodyDoc, bodySchema } from './schema';

/** A stretch of text in a word-level diff. */
export interface TextPart {
  op: 'same' | 'inserted' | 'deleted';
  text: string;
}

/** One change in the body: what was at fromA–toA in the older document is fromB–toB in the newer. */
export interface BodyChange {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
  /** The words taken out, blocks separated by a blank line. */
  deleted: string;
  /** The words put in. */
  inserted: string;
  /** Tagged quotes the change falls in, on either side: what a lawyer reads first. */
  quoteIds: string[];
}

/** The fields compared besides the body, in the order a sub reads them. */
export const COMPARED_FIELDS = ['headline', 'standfirst', 'byline', 'catchline', 'section', 'tags', 'status', 'targetWords', 'notes'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField;
  before: string;
  after: string;
  parts: TextPart[];
}

/** A tagged quote whose words or speaker differ, or that was tagged or untagged, between the two. */
export interface QuoteChange {
  quoteId: string;
  kind: 'words' | 'speaker' | 'tagged' | 'untagged';
  before: { text: string; speakerId: string | null } | null;
  after: { text: string; speakerId: string | null } | null;
  /** Word-level diff of the quote's words (for `words`). */
  parts: TextPart[];
}

export interface Comparison {
  fields: FieldChange[];
  body: BodyChange[];
  /** The body as a word-level diff from start to end, blocks separated by a blank line. */
  bodyParts: TextPart[];
  quotes: QuoteChange[];
}

/** What is compared: a revision's fields, or the story as it stands now. */
export type Comparable = Pick<ArticleFields, ComparedField | 'body'>;

/** Compares two states of a story: fields, body and quotes. */
export function compareStories(a: Comparable, b: Comparable): Comparison {
  const docA = bodyDoc(a.body);
  const docB = bodyDoc(b.body);
  const body = compareDocs(docA, docB);
  return {
    fields: compareFields(a, b),
    body,
    bodyParts: partsOf(docA, docB, body),
    quotes: compareQuotes(a.body, b.body),
  };
}

/** The changes between two body documents, block by block and then word by word. */
export function compareDocs(docA: PMNode, docB: PMNode): BodyChange[] {
  const blocksA = topBlocks(docA);
  const blocksB = topBlocks(docB);
  const startsA = blockStarts(docA);
  const startsB = blockStarts(docB);
  const quotesA = quoteRangesOf(docA);
  const quotesB = quoteRangesOf(docB);
  const changes: BodyChange[] = [];
  const emit = (fromA: number, toA: number, fromB: number, toB: number) =>
    changes.push({
      fromA,
      toA,
      fromB,
      toB,
      deleted: docA.textBetween(fromA, toA, '\n\n', ' '),
      inserted: docB.textBetween(fromB, toB, '\n\n', ' '),
      quoteIds: [...new Set([...touching(quotesA, fromA, toA), ...touching(quotesB, fromB, toB)])],
    });
  for (const pair of pairBlocks(blocksA, blocksB)) {
    const [a0, a1] = pair.a;
    const [b0, b1] = pair.b;
    if (a0 === a1 || b0 === b1) {
      // Whole blocks added or cut: the change is the blocks themselves, not a diff of their letters.
      emit(startsA[a0], startsA[a1], startsB[b0], startsB[b1]);
      continue;
    }
    // One block edited: changeset finds the changed letters in it alone, widened to whole words.
    const subA = bodySchema.node('doc', null, blocksA.slice(a0, a1).map((b) => b.node));
    const subB = bodySchema.node('doc', null, blocksB.slice(b0, b1).map((b) => b.node));
    for (const change of wordChanges(subA, subB)) {
      emit(startsA[a0] + change.fromA, startsA[a0] + change.toA, startsB[b0] + change.fromB, startsB[b0] + change.toB);
    }
  }
  return changes;
}

/** prosemirror-changeset over two small documents: the changed letters, widened to whole words. */
function wordChanges(subA: PMNode, subB: PMNode): Array<{ fromA: number; toA: number; fromB: number; toB: number }> {
  const tr = new Transform(subA).replace(0, subA.content.size, subB.slice(0, subB.content.size));
  const set = ChangeSet.create(subA).addSteps(subB, tr.mapping.maps, null);
  return simplifyChanges(set.changes, subB);
}

interface TopBlock {
  node: PMNode;
  /** Equal exactly when the blocks are: type, attributes, marks and text. */
  key: string;
  words: Set<string>;
}

function topBlocks(doc: PMNode): TopBlock[] {
  const blocks: TopBlock[] = [];
  doc.forEach((node) => blocks.push({ node, key: JSON.stringify(node.toJSON()), words: new Set() }));
  return blocks;
}

/** Blocks this alike (shared words over all words) are one block edited, not one cut and another written. */
const SIMILAR = 0.4;

function wordsOf(block: TopBlock): Set<string> {
  if (block.words.size === 0) for (const word of block.node.textContent.toLowerCase().split(/\s+/)) if (word) block.words.add(word);
  return block.words;
}

function similar(x: TopBlock, y: TopBlock): boolean {
  if (x.node.type !== y.node.type) return false;
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (a.size === 0 && b.size === 0) return true;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared) >= SIMILAR;
}

/**
 * The changed blocks, as ranges of block indexes: first the runs that are not
 * identical (changedRuns), then, inside each run, which old
 * block became which new one (jsdiff again, counting alike blocks as equal).
 * Each result is one block edited (one each side) or blocks added or cut.
 */
function pairBlocks(blocksA: TopBlock[], blocksB: TopBlock[]): Array<{ a: [number, number]; b: [number, number] }> {
  const out: Array<{ a: [number, number]; b: [number, number] }> = [];
  const runs = changedRuns(blocksA.map((b) => b.key), blocksB.map((b) => b.key));
  for (const run of runs) {
    const [a0, a1] = run.a;
    const [b0, b1] = run.b;
    if (a0 === a1 || b0 === b1) {
      out.push(run);
      continue;
    }
    let x = a0;
    let y = b0;
    const indexesA = blocksA.slice(a0, a1);
    const indexesB = blocksB.slice(b0, b1);
    for (const part of diffArrays(indexesA, indexesB, { comparator: similar })) {
      const n = part.count ?? part.value.length;
      if (part.added) {
        out.push({ a: [x, x], b: [y, y + n] });
        y += n;
      } else if (part.removed) {
        out.push({ a: [x, x + n], b: [y, y] });
        x += n;
      } else {
        for (let k = 0; k < n; k++) out.push({ a: [x + k, x + k + 1], b: [y + k, y + k + 1] });
        x += n;
        y += n;
      }
    }
  }
  return out;
}

/** A word-level diff of two short texts (a field, a quote): each as a one-paragraph document. */
export function compareText(before: string, after: string): TextPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const para = (text: string) => bodySchema.node('doc', null, [bodySchema.node('paragraph', null, text ? [bodySchema.text(text)] : [])]);
  const docA = para(before);
  const docB = para(after);
  // However different, a field is one line edited: word by word, never a paragraph cut and another written.
  const changes = wordChanges(docA, docB).map((c) => ({ ...c, deleted: '', inserted: '', quoteIds: [] }));
  return partsOf(docA, docB, changes);
}

function compareFields(a: Comparable, b: Comparable): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const before = fieldText(a[field]);
    const after = fieldText(b[field]);
    if (before !== after) out.push({ field, before, after, parts: compareText(before, after) });
  }
  return out;
}

function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value === null || value === undefined) return '';
  return String(value);
}

function compareQuotes(a: DocNode, b: DocNode): QuoteChange[] {
  const before = new Map(taggedQuotes(a).map((q) => [q.quoteId, q]));
  const after = new Map(taggedQuotes(b).map((q) => [q.quoteId, q]));
  const out: QuoteChange[] = [];
  for (const [id, q] of after) {
    const old = before.get(id);
    const now = { text: q.text, speakerId: q.speakerId };
    if (!old) out.push({ quoteId: id, kind: 'tagged', before: null, after: now, parts: [{ op: 'same', text: q.text }] });
    else if (old.text !== q.text) out.push({ quoteId: id, kind: 'words', before: { text: old.text, speakerId: old.speakerId }, after: now, parts: compareText(old.text, q.text) });
    else if (old.speakerId !== q.speakerId) out.push({ quoteId: id, kind: 'speaker', before: { text: old.text, speakerId: old.speakerId }, after: now, parts: [{ op: 'same', text: q.text }] });
  }
  for (const [id, q] of before) {
    if (!after.has(id)) out.push({ quoteId: id, kind: 'untagged', before: { text: q.text, speakerId: q.speakerId }, after: null, parts: [{ op: 'same', text: q.text }] });
  }
  return out;
}

/** The position where each top-level block starts, and one past the end. */
function blockStarts(doc: PMNode): number[] {
  const starts: number[] = [];
  doc.forEach((_block, offset) => starts.push(offset));
  starts.push(doc.content.size);
  return starts;
}

/** The whole body as a word-level diff: unchanged text between the changes. */
function partsOf(docA: PMNode, docB: PMNode, changes: readonly BodyChange[]): TextPart[] {
  const parts: TextPart[] = [];
  const push = (op: TextPart['op'], text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let posB = 0;
  for (const change of changes) {
    push('same', docB.textBetween(posB, change.fromB, '\n\n', ' '));
    // Whole blocks added or cut sit between blocks: they get the blank lines either side that a paragraph has.
    const between = docB.resolve(change.fromB).depth === 0;
    if (parts.length > 0 && (between || startsBlock(docB, change.fromB)) && !parts.at(-1)!.text.endsWith('\n\n')) push('same', '\n\n');
    push('deleted', docA.textBetween(change.fromA, change.toA, '\n\n', ' '));
    push('inserted', docB.textBetween(change.fromB, change.toB, '\n\n', ' '));
    if (between && change.toB < docB.content.size) push('same', '\n\n');
    posB = change.toB;
  }
  push('same', docB.textBetween(posB, docB.content.size, '\n\n', ' '));
  return parts;
}

type Run = { a: [number, number]; b: [number, number] };

/**
 * The runs of blocks that differ between two lists of block keys. A patience
 * diff: blocks found once on each side anchor the alignment (the longest
 * increasing run of them), so a story with edits scattered through it costs
 * about one pass over its blocks; only the short gaps between anchors go to
 * jsdiff's array diff.
 */
export function changedRuns(keysA: readonly string[], keysB: readonly string[]): Run[] {
  let start = 0;
  while (start < keysA.length && start < keysB.length && keysA[start] === keysB[start]) start++;
  let endA = keysA.length;
  let endB = keysB.length;
  while (endA > start && endB > start && keysA[endA - 1] === keysB[endB - 1]) {
    endA--;
    endB--;
  }
  const counts = new Map<string, { a: number; b: number; ia: number; ib: number }>();
  for (let i = start; i < endA; i++) {
    const c = counts.get(keysA[i]) ?? { a: 0, b: 0, ia: -1, ib: -1 };
    c.a++;
    c.ia = i;
    counts.set(keysA[i], c);
  }
  for (let j = start; j < endB; j++) {
    const c = counts.get(keysB[j]);
    if (!c) continue;
    c.b++;
    c.ib = j;
  }
  const unique: Array<[number, number]> = [];
  for (const c of counts.values()) if (c.a === 1 && c.b === 1) unique.push([c.ia, c.ib]);
  unique.sort((x, y) => x[0] - y[0]);
  const anchors = longestIncreasing(unique);
  const runs: Run[] = [];
  const add = (run: Run) => {
    const last = runs.at(-1);
    if (last && last.a[1] === run.a[0] && last.b[1] === run.b[0]) {
      last.a[1] = run.a[1];
      last.b[1] = run.b[1];
    } else runs.push(run);
  };
  let i = start;
  let j = start;
  for (const [ia, ib] of [...anchors, [endA, endB] as [number, number]]) {
    if (ia > i || ib > j) for (const run of gapRuns(keysA, keysB, i, ia, j, ib)) add(run);
    i = ia + 1;
    j = ib + 1;
  }
  return runs;
}

/** The runs inside one gap between anchors, by jsdiff's array diff. */
function gapRuns(keysA: readonly string[], keysB: readonly string[], a0: number, a1: number, b0: number, b1: number): Run[] {
  if (a0 === a1 || b0 === b1) return [{ a: [a0, a1], b: [b0, b1] }];
  const runs: Run[] = [];
  let i = a0;
  let j = b0;
  for (const part of diffArrays(keysA.slice(a0, a1), keysB.slice(b0, b1))) {
    const n = part.count ?? part.value.length;
    const last = runs.at(-1);
    const open = last && last.a[1] === i && last.b[1] === j;
    if (part.added) {
      if (open) last.b[1] = j + n;
      else runs.push({ a: [i, i], b: [j, j + n] });
      j += n;
    } else if (part.removed) {
      if (open) last.a[1] = i + n;
      else runs.push({ a: [i, i + n], b: [j, j] });
      i += n;
    } else {
      i += n;
      j += n;
    }
  }
  return runs;
}

/** The longest run of pairs whose second members increase (patience sorting), in order. */
function longestIncreasing(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous: number[] = new Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out: Array<[number, number]> = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]) out.push(pairs[k]);
  return out.reverse();
}

function startsBlock(doc: PMNode, pos: number): boolean {
  const $pos = doc.resolve(pos);
  return $pos.parentOffset === 0 && $pos.depth > 0;
}

interface QuoteRange {
  quoteId: string;
  from: number;
  to: number;
}

function quoteRangesOf(doc: PMNode): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((m) => m.type.name === 'quote');
    if (mark) ranges.push({ quoteId: String(mark.attrs.quoteId), from: pos, to: pos + node.nodeSize });
    return false;
  });
  return ranges;
}

function touching(ranges: readonly QuoteRange[], from: number, to: number): string[] {
  return ranges.filter((r) => r.from <= to && r.to >= from && (from !== to || (r.from < from && r.to > from))).map((r) => r.quoteId);
}
