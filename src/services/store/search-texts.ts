// Where a search finds a story's text when it must look inside it: the text
// of a story saved since search-index.bin was written (held until the next
// writing), else the file's copy (one read at a known place), else the
// story's own file, parsed. Only the first is held in memory, and only for
// the stories saved this session.
import { closeSync, readFileSync } from 'node:fs';
import type { Article } from '../../shared/article/model';
import type { LibraryLayout } from './layout';
import { HEAD_BYTES, readText, readTextHead, type SearchFile, type TextRef } from './search-file';
import { articleText } from './search-fill';
import { searchableText } from './search-index';

export class SearchTexts {
  readonly #saved = new Map<string, string>();
  #refs = new Map<string, TextRef>();
  #fd: number | null = null;

  constructor(private readonly layout: LibraryLayout) {}

  /** Reads texts from this file (just read or just written) from now on, closing the one before. */
  adopt(file: Pick<SearchFile, 'refs' | 'fd'>, written?: ReadonlyMap<string, string>): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = file.fd;
    this.#refs = file.refs;
    // Held texts the file now has are let go; one saved again while it was written is kept.
    for (const [id, text] of written ?? []) if (this.#saved.get(id) === text) this.#saved.delete(id);
  }

  /** A story's text as just saved (searchableText), held until search-index.bin is written with it. */
  keep(id: string, text: string): void {
    this.#saved.set(id, text);
  }

  /** The story was read again or removed: any copy of its text is out of date. */
  forget(id: string): void {
    this.#saved.delete(id);
    this.#refs.delete(id);
  }

  /** The texts held now, to write and then let go (adopt). */
  held(): ReadonlyMap<string, string> {
    return new Map(this.#saved);
  }

  /** The story's searchable text, or null if it cannot be read. */
  read(id: string): string | null {
    const saved = this.#saved.get(id);
    if (saved !== undefined) return saved;
    const ref = this.#refs.get(id);
    const kept = ref && this.#fd !== null ? readText(this.#fd, ref) : null;
    return kept ?? this.#fromStory(id);
  }

  /** The beginning of the story's text, where it can be had for less than the whole (search-index.bin); else null. */
  head(id: string): { text: string; whole: boolean } | null {
    const saved = this.#saved.get(id);
    if (saved !== undefined) return { text: saved, whole: true };
    const ref = this.#refs.get(id);
    const text = ref && this.#fd !== null ? readTextHead(this.#fd, ref) : null;
    return text === null ? null : { text, whole: ref!.length <= HEAD_BYTES };
  }

  /**
   * From the story's file: parsed but not validated (the library's open did that, and a search
   * only reads words), read at once since a search may read many.
   */
  #fromStory(id: string): string | null {
    try {
      const article = JSON.parse(readFileSync(this.layout.articleFile(id), 'utf8')) as Article;
      return searchableText(String(article.headline ?? ''), articleText(article));
    } catch {
      return null;
    }
  }

  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }
}
