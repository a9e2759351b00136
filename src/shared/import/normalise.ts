// Whitespace as a sub wants it: one plain space between words, none at the
// ends. Copy pasted from the web carries no-break spaces (the seed article
// holds U+00A0 mid-sentence), which search, counts and quote matching would
// otherwise treat as different characters. Curly quotes, apostrophes and
// dashes are the copy's own typography and are kept exactly.
import type { CopyBlock, CopyMark, CopyRun } from './blocks';

// U+00A0 no-break space, U+2007 figure space, U+202F narrow no-break space.
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;
// Characters that have no place in copy: C0/C1 controls (the article schema
// refuses them in single-line fields), zero-width spaces, soft hyphens and a
// stray byte-order mark. Tab and newline are whitespace and collapse below.
const INVISIBLES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u00ad\ufeff]/g;
// Two or more whitespace characters, or one that is not a plain space. Single
// plain spaces are left alone: replacing each of the million spaces in a
// large file with itself takes seconds.
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;

/** Fold no-break spaces and invisibles, collapse whitespace, trim. */
export function normaliseText(text: string): string {
  return foldSpaces(text).trim();
}

/** As normaliseText, without the trim: for runs that sit beside other runs. */
function foldSpaces(text: string): string {
  return text.replace(INVISIBLES, '').replace(NO_BREAK_SPACES, ' ').replace(WHITESPACE_RUN, ' ');
}

const sameMarks = (a: CopyMark[] | undefined, b: CopyMark[] | undefined) =>
  (a ?? []).slice().sort().join() === (b ?? []).slice().sort().join();
const sameSuggestion = (a: CopyRun, b: CopyRun) => a.suggestion?.id === b.suggestion?.id && a.suggestion?.kind === b.suggestion?.kind;

/**
 * Normalise runs as one line of text: spaces collapse across run boundaries,
 * the line is trimmed at both ends, empty runs go and neighbours with the
 * same marks merge (so a TipTap text node is never split for no reason).
 */
export function normaliseRuns(runs: readonly CopyRun[]): CopyRun[] {
  const out: CopyRun[] = [];
  for (const run of runs) {
    let text = foldSpaces(run.text);
    const prev = out[out.length - 1];
    const prevEndsInSpace = prev ? prev.text.endsWith(' ') : true;
    if (prevEndsInSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    const marks = run.marks?.length ? [...new Set(run.marks)].sort() : undefined;
    if (prev && sameMarks(prev.marks, marks) && sameSuggestion(prev, run)) prev.text += text;
    else out.push({ text, ...(marks ? { marks } : {}), ...(run.suggestion ? { suggestion: run.suggestion } : {}) });
  }
  // Trim the line's end, which may leave the last run empty.
  while (out.length) {
    const last = out[out.length - 1];
    last.text = last.text.replace(/ $/, '');
    if (last.text) break;
    out.pop();
  }
  return out;
}

/** A block with its runs normalised and its text recomputed from them. */
export function normaliseBlock(block: CopyBlock): CopyBlock {
  const runs = normaliseRuns(block.runs);
  return { ...block, runs, text: runs.map((r) => r.text).join('') };
}
