// Text search over headline and body, held in memory so a search never opens
// article files. Filled in the background after the library opens; until then
// a search covers headlines and whatever has loaded, and says so.
import type { SearchHit } from '../../shared/contract/api';

interface Entry {
  headline: string;
  text: string;
  folded: string;
  foldedHeadline: string;
}

/** Case and typographic folding, so “Qazi's” finds “Qazi’s” and a no-break space matches a space. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');
}

export class SearchIndex {
  readonly #entries = new Map<string, Entry>();

  set(id: string, headline: string, text: string): void {
    const whole = text.length > 0 ? `${headline}\n${text}` : headline;
    // Folding keeps length for the characters above; snippets are cut from the original at the same offsets.
    this.#entries.set(id, { headline, text: whole, folded: fold(whole), foldedHeadline: fold(headline) });
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  delete(id: string): void {
    this.#entries.delete(id);
  }

  search(query: string, candidates: Iterable<string>, limit = 200): SearchHit[] {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    const hits: SearchHit[] = [];
    for (const id of candidates) {
      const entry = this.#entries.get(id);
      if (!entry) continue;
      let score = 0;
      let first = -1;
      for (const term of terms) {
        const at = entry.folded.indexOf(term);
        if (at < 0) {
          score = -1;
          break;
        }
        score += entry.foldedHeadline.includes(term) ? 10 : 1;
        if (first < 0 || at < first) first = at;
      }
      if (score > 0) hits.push({ id, headline: entry.headline, snippet: snippet(entry.text, first), score });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}

function snippet(text: string, at: number): string {
  const start = Math.max(0, at - 60);
  const end = Math.min(text.length, at + 100);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
