// Tracked changes from a Word file, kept as suggestions. The Word reader
// (src/services/import/tracked-changes.ts) cannot hand mammoth an insertion
// or deletion it would carry through, so it puts marker characters around
// each change's words, from the Unicode private use area, and lists the
// changes: open marker, the change's index, middle marker; then the words;
// then the close marker. Here, before anything else reads the copy, the
// markers are taken out of the runs again and the words they enclosed carry
// the suggestion instead. Nothing is dropped: deleted words stay in the copy,
// marked as a suggested deletion, until the sub rejects or accepts them.
import { suggestionId } from '../history/suggestion-id';
import type { CopyBlock, CopyRun, RunSuggestion } from './blocks';

/** One tracked change as the Word file recorded it. */
export interface TrackedChange {
  kind: 'insertion' | 'deletion';
  /** w:author, or '' when the file names no one. */
  author: string;
  /** w:date as written, or null when the file gives none. */
  date: string | null;
  /** w:id: the random part of the suggestion id, so the id says where it came from. */
  wordId: string;
}

export const TRACKED_OPEN = '\uE000';
export const TRACKED_MID = '\uE001';
export const TRACKED_CLOSE = '\uE002';
/** Every marker character: the Word reader removes them from the file's own text first. */
export const TRACKED_MARKERS = /[\uE000-\uE002]/g;

const MARKER = /\uE000(\d+)\uE001|\uE002/g;

/** Turns a block's markers into suggestions on its runs. */
export class TrackedRuns {
  readonly #changes: readonly TrackedChange[];
  readonly #importedAt: Date;
  readonly #ids = new Map<number, string>();
  /** Every suggestion id made, for the count the sub is told. */
  readonly ids = new Set<string>();

  constructor(changes: readonly TrackedChange[], importedAt: Date) {
    this.#changes = changes;
    this.#importedAt = importedAt;
  }

  /**
   * The block with its markers gone. Word splits one change into several
   * where the formatting changes inside it, and Galley's own export writes
   * one tracked change per run: a change that follows another of the same
   * kind, author and time, with no plain words between, is the same suggestion.
   */
  block(block: CopyBlock): CopyBlock {
    const runs: CopyRun[] = [];
    const open: number[] = [];
    let previous: { index: number; id: string } | null = null;
    for (const run of block.runs) {
      let at = 0;
      const push = (text: string) => {
        if (!text) return;
        const index = open.at(-1);
        if (index === undefined || !this.#changes[index]) {
          if (/\S/.test(text)) previous = null;
          runs.push({ ...run, text });
          return;
        }
        const id: string = previous && this.#same(previous.index, index) ? previous.id : this.#idOf(index);
        previous = { index, id };
        this.ids.add(id);
        const suggestion: RunSuggestion = { kind: this.#changes[index].kind, id };
        runs.push({ ...run, text, suggestion });
      };
      for (const found of run.text.matchAll(MARKER)) {
        push(run.text.slice(at, found.index));
        if (found[1] !== undefined) open.push(Number(found[1]));
        else open.pop();
        at = found.index + found[0].length;
      }
      push(run.text.slice(at).replace(TRACKED_MARKERS, ''));
    }
    return { ...block, runs, text: runs.map((r) => r.text).join('') };
  }

  #same(a: number, b: number): boolean {
    const x = this.#changes[a];
    const y = this.#changes[b];
    return a === b || (x.kind === y.kind && x.author === y.author && x.date === y.date);
  }

  #idOf(index: number): string {
    const known = this.#ids.get(index);
    if (known) return known;
    const change = this.#changes[index];
    const date = change.date && !Number.isNaN(Date.parse(change.date)) ? new Date(change.date) : this.#importedAt;
    const id = suggestionId(change.author.trim() || 'unknown', date, `w${change.wordId || index}`);
    this.#ids.set(index, id);
    return id;
  }
}

/** The block's words with its suggestions accepted: what a field, which holds no suggestions, takes. */
export function acceptedText(block: CopyBlock): string {
  return joined(block.runs.filter((r) => r.suggestion?.kind !== 'deletion'));
}

/** The block's words with its suggestions rejected: what the reporter's copy said before the changes. */
export function rejectedText(block: CopyBlock): string {
  return joined(block.runs.filter((r) => r.suggestion?.kind !== 'insertion'));
}

export const holdsSuggestions = (block: CopyBlock) => block.runs.some((r) => r.suggestion);

const joined = (runs: readonly CopyRun[]) => runs.map((r) => r.text).join('').replace(/\s{2,}/g, ' ').trim();
