// Text search over headline and body. The index holds, per word, the stories
// that use it (postings.ts), and per story its id, headline and the file it
// was read from; never the stories' text. A search finds its candidates in
// the postings and asks for the text (search-texts.ts) of only those it must
// look inside: terms that span several words ("qazi's", "7–2") and the hits
// it cuts snippets from. So memory follows the library's vocabulary, not its
// length, and a search costs much the same at 10,000 stories as at 10.
//
// Stories indexed since the last packing sit in plain lists beside the packed
// ones; a replaced or deleted story leaves a hole. Packing (after enough of
// either, and before the index is written to disk) folds both away.
import { foldKeepingOffsets } from '../../shared/article/fold';
import type { SearchHit } from '../../shared/contract/api';
import { ByteWriter, intersect, readList, union } from './postings';

/**
 * The index's folding: case, accents and typography, so "qazi's" finds
 * “Qazi’s”, "sinead" finds "Sinéad" and a no-break space matches a space.
 * Text is composed first (NFC) so an accent typed as a separate character
 * folds with its letter; the folded text keeps the composed text's offsets.
 * Exported for the bench's scan baseline, which must fold as the index does.
 */
export function fold(text: string): string {
  return foldKeepingOffsets(text.normalize('NFC'));
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const tokens = (folded: string) => folded.match(TOKEN) ?? [];

/** The text a story is searched by: its headline, then the rest (standfirst and body), composed. */
export function searchableText(headline: string, text: string): string {
  return (text.length > 0 ? `${headline}\n${text}` : headline).normalize('NFC');
}

/** The file a story was indexed from, as stat saw it: a file that no longer matches is indexed again. */
export interface SearchStamp {
  mtimeMs: number;
  size: number;
}

/** A story as the index keeps it: what names and ranks a hit, and the file it was read from. */
export interface SearchDoc extends SearchStamp {
  id: string;
  headline: string;
}

/** The index packed: what search-file.ts writes and reads. `ends[i]` is where term i's postings end in `bytes`. */
export interface PackedIndex {
  docs: SearchDoc[];
  terms: string[];
  ends: Uint32Array;
  bytes: Uint8Array;
}

/** A story's searchable text (searchableText), or null when it cannot be read. */
export type ReadText = (id: string) => Promise<string | null>;
/** The beginning of a story's text, when it costs less than the whole (`whole`: it is all of it); else null. */
export type ReadHead = (id: string) => { text: string; whole: boolean } | null;

interface Live extends SearchDoc {
  foldedHeadline: string;
}

/** A story's text as a search read it; folded only if a search needed to look inside it. */
interface Text {
  text: string;
  folded?: string;
}

const foldedOf = (t: Text) => (t.folded ??= fold(t.text));

/** Texts kept after a search reads them: the sub types a query a letter at a time, over the same hits. */
const KEPT_TEXTS = 256;
/** Reads in flight at once when a search looks inside its candidates. */
const READS_AT_ONCE = 32;

export class SearchIndex {
  /** Stories by number; a replaced or deleted story leaves a hole until the next packing. */
  #docs: Array<Live | null> = [];
  #numberOf = new Map<string, number>();
  #packed: Omit<PackedIndex, 'docs'> = { terms: [], ends: new Uint32Array(0), bytes: new Uint8Array(0) };
  /** Postings of the stories indexed since the last packing (their numbers are all past the packed ones). */
  #added = new Map<string, number[]>();
  #addedCount = 0;
  #holes = 0;
  #changes = 0;
  readonly #texts = new Map<string, Text>();

  /**
   * `readText` reads a story's text when a search must look inside it; `packed` is an index read
   * from disk; `readHead`, the beginning a snippet is first looked for in.
   */
  constructor(
    private readonly readText: ReadText,
    packed?: PackedIndex,
    private readonly readHead: ReadHead = () => null,
  ) {
    if (!packed) return;
    this.#packed = { terms: packed.terms, ends: packed.ends, bytes: packed.bytes };
    packed.docs.forEach((doc, number) => {
      this.#docs.push({ ...doc, foldedHeadline: fold(doc.headline) });
      this.#numberOf.set(doc.id, number);
    });
  }

  /** How many times a story was indexed or dropped: the store writes the index to disk when this moved. */
  get changes(): number {
    return this.#changes;
  }

  /** Indexes a story's text (as searchableText makes it), replacing what was indexed of it before. */
  set(id: string, headline: string, text: string, stamp: SearchStamp = { mtimeMs: 0, size: 0 }): void {
    this.delete(id);
    this.#changes++;
    const whole = searchableText(headline, text);
    const number = this.#docs.push({ id, headline, mtimeMs: stamp.mtimeMs, size: stamp.size, foldedHeadline: fold(headline) }) - 1;
    this.#numberOf.set(id, number);
    for (const token of new Set(tokens(fold(whole)))) {
      const list = this.#added.get(token);
      if (list) list.push(number);
      else this.#added.set(token, [number]);
    }
    this.#addedCount++;
    // Plain lists cost several times the packed ones: pack once they are a quarter of the library.
    if (this.#addedCount + this.#holes >= Math.max(1000, this.#numberOf.size / 4)) this.#pack();
  }

  has(id: string): boolean {
    return this.#numberOf.has(id);
  }

  /** The file the story was indexed from, if it is indexed. */
  stamp(id: string): SearchStamp | undefined {
    const number = this.#numberOf.get(id);
    return number === undefined ? undefined : this.#docs[number]!;
  }

  /** Every story indexed. */
  ids(): string[] {
    return [...this.#numberOf.keys()];
  }

  delete(id: string): void {
    const number = this.#numberOf.get(id);
    this.#texts.delete(id);
    if (number === undefined) return;
    this.#docs[number] = null;
    this.#numberOf.delete(id);
    this.#holes++;
    this.#changes++;
  }

  /** The index packed, holes and plain lists folded away: for writing to disk. */
  packed(): PackedIndex {
    if (this.#addedCount > 0 || this.#holes > 0) this.#pack();
    return { docs: this.#docs.map((doc) => ({ id: doc!.id, headline: doc!.headline, mtimeMs: doc!.mtimeMs, size: doc!.size })), ...this.#packed };
  }

  /**
   * Stories holding every term of the query, best first: a term in the headline counts ten, in
   * the body one. The query's last word also matches longer words it begins ("marin" finds
   * "marina"): it is the one still being typed. `allowed` limits the hits to those ids.
   */
  async search(query: string, allowed: ReadonlySet<string> | null, limit = 200): Promise<SearchHit[]> {
    const terms = fold(query).split(/\s+/).filter((t) => tokens(t).length > 0);
    if (terms.length === 0) return [];
    let candidates: number[] | null = null;
    const needsCheck: string[] = [];
    terms.forEach((term, i) => {
      const parts = tokens(term);
      if (parts.length > 1 || parts[0] !== term) needsCheck.push(term);
      parts.forEach((part, j) => {
        const matches = this.#matching(part, i === terms.length - 1 && j === parts.length - 1);
        candidates = candidates === null ? matches : intersect(candidates, matches);
      });
    });
    // Resolved to stories now: a save while the texts are read may renumber the index.
    let found: Live[] = [];
    for (const number of candidates ?? []) {
      const doc = this.#docs[number];
      if (doc && (!allowed || allowed.has(doc.id))) found.push(doc);
    }
    if (needsCheck.length > 0) {
      const texts = await this.#read(found);
      found = found.filter((doc) => {
        const text = texts.get(doc.id);
        return text !== undefined && needsCheck.every((term) => foldedOf(text).includes(term));
      });
    }
    const scored = found.map((doc) => {
      let score = 0;
      for (const term of terms) score += doc.foldedHeadline.includes(term) ? 10 : 1;
      return { doc, score };
    });
    scored.sort((a, b) => b.score - a.score);
    const top = scored.slice(0, limit);
    const first = caseless(terms[0]);
    // Snippets from each story's beginning where the term is there; the whole text only for the rest.
    const place = (text: Text) => firstPlace(text, terms[0], first);
    const cut = new Map<string, string>();
    const further: Live[] = [];
    for (const { doc } of top) {
      const kept = this.#texts.get(doc.id);
      const head = kept ? { text: kept.text, whole: true } : this.readHead(doc.id);
      const text: Text | null = head && { text: head.text };
      const at = text ? place(text) : -1;
      if (text && (head!.whole || (at >= 0 && at + SNIPPET_AFTER < text.text.length - 2))) cut.set(doc.id, snippet(text.text, Math.max(0, at), head!.whole));
      else further.push(doc);
    }
    for (const [id, text] of await this.#read(further)) cut.set(id, snippet(text.text, Math.max(0, place(text)), true));
    return top.map(({ doc, score }) => ({ id: doc.id, headline: doc.headline, score, snippet: cut.get(doc.id) ?? '' }));
  }

  /** The stories' texts, kept or read from their files; a story whose file cannot be read has none. */
  async #read(docs: Live[]): Promise<Map<string, Text>> {
    const out = new Map<string, Text>();
    let next = 0;
    const reader = async () => {
      while (next < docs.length) {
        const { id } = docs[next++];
        let text = this.#texts.get(id);
        if (!text) {
          const whole = await this.readText(id);
          if (whole === null || !this.#numberOf.has(id)) continue;
          text = { text: whole };
        }
        this.#texts.delete(id);
        this.#texts.set(id, text);
        if (this.#texts.size > KEPT_TEXTS) this.#texts.delete(this.#texts.keys().next().value!);
        out.set(id, text);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, docs.length) }, reader));
    return out;
  }

  /** Stories holding the word, ascending; with `prefix`, also those holding a longer word it begins. */
  #matching(token: string, prefix: boolean): number[] {
    const exact = this.#postings(token);
    if (!prefix) return exact;
    let merged = exact;
    const { terms } = this.#packed;
    for (let i = lowerBound(terms, token); i < terms.length && terms[i].startsWith(token); i++) {
      if (terms[i] !== token) merged = union(merged, this.#packedList(i));
    }
    for (const [word, list] of this.#added) {
      if (word.length > token.length && word.startsWith(token)) merged = union(merged, list);
    }
    return merged;
  }

  #postings(token: string): number[] {
    const { terms } = this.#packed;
    const i = lowerBound(terms, token);
    const packed = terms[i] === token ? this.#packedList(i) : [];
    const added = this.#added.get(token);
    // Added stories are numbered after the packed ones: the lists join in order.
    return added ? packed.concat(added) : packed;
  }

  #packedList(i: number): number[] {
    const { ends, bytes } = this.#packed;
    // A list the bytes do not hold (a damaged file that passed its checks) finds nothing rather than throwing.
    return readList(bytes, i === 0 ? 0 : ends[i - 1], ends[i]) ?? [];
  }

  /** Folds the plain lists into the packed ones and closes the holes, numbering the stories afresh. */
  #pack(): void {
    const renumber = new Int32Array(this.#docs.length).fill(-1);
    const docs: Live[] = [];
    this.#docs.forEach((doc, number) => {
      if (doc) renumber[number] = docs.push(doc) - 1;
    });
    const { terms } = this.#packed;
    const words = [...new Set([...terms, ...this.#added.keys()])].sort();
    const kept: string[] = [];
    const ends: number[] = [];
    const writer = new ByteWriter();
    for (const word of words) {
      const list: number[] = [];
      for (const number of this.#postings(word)) {
        const now = renumber[number];
        if (now >= 0) list.push(now);
      }
      if (list.length === 0) continue;
      writer.writeList(list);
      kept.push(word);
      ends.push(writer.length);
    }
    this.#packed = { terms: kept, ends: Uint32Array.from(ends), bytes: writer.finish() };
    this.#docs = docs;
    this.#numberOf = new Map(docs.map((doc, number) => [doc.id, number]));
    this.#added = new Map();
    this.#addedCount = 0;
    this.#holes = 0;
  }
}

/** The first position in sorted `terms` not before `token`. */
function lowerBound(terms: readonly string[], token: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid] < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the snippet is cut: the term's first place in the text. Most terms are found as they are
 * typed, without regard to case, which costs far less than folding the text; the rest by folding.
 */
function firstPlace(text: Text, term: string, caseless: RegExp): number {
  if (text.folded === undefined) {
    const at = text.text.search(caseless);
    if (at >= 0) return at;
  }
  return foldedOf(text).indexOf(term);
}

/** The term as typed, found without regard to case: a search stops at its first place, where lower-casing copies the whole text. */
function caseless(term: string): RegExp {
  return new RegExp(term.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i');
}

const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 100;

/** The text around `at`; `whole` false when `text` is only the story's beginning, so more always follows. */
function snippet(text: string, at: number, whole: boolean): string {
  const start = Math.max(0, at - SNIPPET_BEFORE);
  const end = Math.min(text.length, at + SNIPPET_AFTER);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length || !whole ? '…' : ''}`;
}
