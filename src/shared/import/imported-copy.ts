// The import pipeline's pure half: copy blocks from any format in, article
// fields out. The parsers (src/services/import) only turn bytes into blocks;
// everything a sub would call editorial judgement happens here.
import type { DocNode } from '../article/model';
import type { CopyBlock } from './blocks';
import { copyToFields, type FieldOptions } from './copy-to-fields';
import { stripFurniture, type StrippedBlock } from './furniture';
import { normaliseBlock } from './normalise';
import { docFromBlocks } from './to-doc';

export interface ImportedCopy {
  headline: string;
  standfirst: string;
  byline: string;
  body: DocNode;
  /** What was stripped, as "rule: text", in the order it was found. */
  furniture: string[];
}

export interface CopyOptions extends FieldOptions {
  /** Furniture the parser already removed (page elements such as `<nav>`). */
  removed?: readonly StrippedBlock[];
}

export const describeStripped = (s: StrippedBlock) => `${s.rule}: ${s.text}`;

export function copyFromBlocks(blocks: readonly CopyBlock[], options: CopyOptions = {}): ImportedCopy {
  const clean = blocks.map(normaliseBlock).filter((b) => b.kind === 'rule' || b.text.length > 0);
  const story = stripFurniture(clean);
  const fields = copyToFields(story.blocks, options);
  return {
    headline: fields.headline,
    standfirst: fields.standfirst,
    byline: fields.byline,
    body: docFromBlocks(fields.body),
    furniture: [...(options.removed ?? []), ...story.stripped, ...fields.stripped].map(describeStripped),
  };
}
