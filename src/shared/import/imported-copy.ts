// The import pipeline's pure half: copy blocks from any format in, article
// fields out. The parsers (src/services/import) only turn bytes into blocks;
// everything a sub would call editorial judgement happens here.
import type { DocNode } from '../article/model';
import type { CopyBlock } from './blocks';
import { copyToFields, type FieldOptions, type SettledField } from './copy-to-fields';
import { stripFurniture, type StrippedBlock } from './furniture';
import { normaliseBlock } from './normalise';
import { docFromBlocks } from './to-doc';
import { TRACKED_MARKERS, TrackedRuns, type TrackedChange } from './tracked';
import type { RemovedLine } from './report';

export interface ImportedCopy {
  headline: string;
  standfirst: string;
  byline: string;
  body: DocNode;
  /** What was stripped, as "rule: text", in the order it was found. */
  furniture: string[];
  /** The same lines whole, with where each would go back, for the sub to see and put back. */
  removed: RemovedLine[];
  /** How many suggestions the file's tracked changes became, in the body and the fields together. */
  trackedChanges: number;
  /** Fields whose tracked changes were taken as accepted, and what they read before (see copy-to-fields.ts). */
  settled: SettledField[];
}

export interface CopyOptions extends FieldOptions {
  /** Furniture the parser already removed (page elements such as `<nav>`). */
  removed?: readonly StrippedBlock[];
  /** A Word file's tracked changes, whose markers are in the blocks' text (see tracked.ts). */
  tracked?: { changes: readonly TrackedChange[]; importedAt: Date };
}

export const describeStripped = (s: StrippedBlock) => `${s.rule}: ${s.text}`;

export function copyFromBlocks(blocks: readonly CopyBlock[], options: CopyOptions = {}): ImportedCopy {
  const tracked = options.tracked ? new TrackedRuns(options.tracked.changes, options.tracked.importedAt) : null;
  const read = tracked ? blocks.map((b) => tracked.block(b)) : blocks;
  const clean = read.map(normaliseBlock).filter((b) => b.kind === 'rule' || b.text.length > 0);
  const story = stripFurniture(clean);
  const fields = copyToFields(story.blocks, options);
  const placed = story.stripped.map((s, i) => ({ ...s, after: story.after[i] }));
  const removed = [...(options.removed ?? []), ...placed, ...fields.stripped].map((s) =>
    tracked ? { ...s, text: s.text.replace(TRACKED_MARKERS, '') } : s,
  );
  return {
    headline: fields.headline,
    standfirst: fields.standfirst,
    byline: fields.byline,
    body: docFromBlocks(fields.body),
    furniture: removed.map(describeStripped),
    removed: removed.map(({ rule, text, after }) => ({ rule, text, after: after ?? null })),
    trackedChanges: new Set(fields.body.flatMap((b) => b.runs.flatMap((r) => (r.suggestion ? [r.suggestion.id] : [])))).size,
    settled: fields.settled,
  };
}
