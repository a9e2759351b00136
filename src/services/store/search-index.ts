// Text search over headline and body, held in memory so a search never opens
// article files. An inverted index of words finds the candidates, so a search
// costs the same at 10,000 articles as at 10; only terms that span several
// words ("qazi's", "7–2") are checked against the text itself.
import { foldKeepingOffsets } from '../../shared/article/fold';
import type { SearchHit } from '../../shared/contract/api';

interface Doc {
  id: string;
  headline: string;
  text: string;
  folded: string;
  foldedHeadline: string;
}

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

export class SearchIndex {
  /** Documents by number; a replaced or deleted document leaves a hole rather than rewriting postings. */
  readonly #docs: Array<Doc | null> = [];
  readonly #numberOf = new Map<string, number>();
  readonly #postings = new Map<string, number[]>();

  set(id: string, headline: string, text: string): void {
    this.delete(id);
    // Composed, so the folded text (same length) and this text share offsets: snippets are cut from this at the folded offsets.
    const whole = (text.length > 0 ? `${headline}\n${text}` : headline).normalize('NFC');
    const doc: Doc = { id, headline, text: whole, folded: fold(whole), foldedHeadline: fold(headline) };
    const number = this.#docs.push(doc) - 1;
    this.#numberOf.set(id, number);
    for (const token of new Set(tokens(doc.folded))) {
      const list = this.#postings.get(token);
      if (list) list.push(number);
      else this.#postings.set(token, [number]);
    }
  }

  has(id: string): boolean {
    return this.#numberOf.has(id);
  }

  delete(id: string): void {
    const number = this.#numberOf.get(id);
    if (number === undefined) return;
    this.#docs[number] = null;
    this.#numberOf.delete(id);
  }

  /**
   * Documents holding the word, ascending. The query's last word also matches
   * longer words it begins ("marin" finds "marina"): it is the one still being typed.
   */
  #matching(token: string, prefix: boolean): number[] {
    const exact = this.#postings.get(token) ?? [];
    if (!prefix) return exact;
    let merged: number[] | null = null;
    for (const [word, list] of this.#postings) {
      if (word.length > token.length && word.startsWith(token)) merged = union(merged ?? exact, list);
    }
    return merged ?? exact;
  }

  search(query: string, allowed: ReadonlySet<string> | null, limit = 200): SearchHit[] {
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
    const hits: SearchHit[] = [];
    for (const number of candidates ?? []) {
      const doc = this.#docs[number];
      if (!doc || (allowed && !allowed.has(doc.id))) continue;
      if (needsCheck.some((term) => !doc.folded.includes(term))) continue;
      let score = 0;
      for (const term of terms) score += doc.foldedHeadline.includes(term) ? 10 : 1;
      hits.push({ id: doc.id, headline: doc.headline, snippet: '', score });
    }
    hits.sort((a, b) => b.score - a.score);
    const top = hits.slice(0, limit);
    for (const hit of top) {
      const doc = this.#docs[this.#numberOf.get(hit.id)!]!;
      hit.snippet = snippet(doc.text, Math.max(0, doc.folded.indexOf(terms[0])));
    }
    return top;
  }
}

/** Postings are ascending document numbers: merge them in one pass. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i]);
      i++;
      j++;
    }
  }
  return out;
}

function snippet(text: string, at: number): string {
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, at + 100);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
