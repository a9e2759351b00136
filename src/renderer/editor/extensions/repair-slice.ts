// Pasted and dropped copy passes through the article's one repair step
// (shared/article/repair.ts) after ProseMirror has parsed it: a quote mark
// with a foreign or malformed id gets a fresh one, a speaker the directory
// does not know is dropped (the quote stays, for the checks to flag),
// blockquotes and lists nested past what a story may hold are unwrapped. So
// nothing that would make the story unsaveable enters the document. Part of
// the paste code (paste-code.ts), loaded after the first view: the repair
// reads the model's zod schemas.
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Repairer, repairDoc } from '../../../shared/article/repair';
import { newQuoteId } from '../../../shared/quotes/ids';
import { knownSpeakerIds } from '../known-speakers';

function quoteIdsIn(doc: PMNode, skip: { from: number; to: number } | null): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node, pos) => {
    if (node.isText && (!skip || pos + node.nodeSize <= skip.from || pos >= skip.to)) {
      for (const mark of node.marks) if (mark.type.name === 'quote') ids.add(mark.attrs.quoteId);
    }
    return true;
  });
  return ids;
}

/**
 * The slice as the story may hold it, or the slice itself when nothing needed
 * repair. A slice whose shape changed is pasted closed: its open edges may no
 * longer be the nodes they were.
 */
export function repairSlice(slice: Slice, state: EditorState, moving = false): Slice {
  const nodes = slice.content.toJSON() as unknown[] | null;
  if (!nodes?.length) return slice;
  // A quote dragged to another place in the story is the same quote: its own id is not taken.
  const { from, to } = state.selection;
  const repairer = new Repairer({ takenQuoteIds: quoteIdsIn(state.doc, moving ? { from, to } : null), knownSpeakerIds: knownSpeakerIds(), newQuoteId });
  const first = slice.content.firstChild!;
  const depth = Math.max(1, state.selection.$from.depth);
  const value = first.isInline
    ? repairer.inline(nodes)
    : first.type.name === 'listItem'
      ? repairer.items(nodes, Math.max(2, depth - 1))
      : repairer.blocks(nodes, depth);
  if (repairer.changes === 0) return slice;
  const fragment = Fragment.fromJSON(state.schema, value);
  return repairer.reshaped ? new Slice(fragment, 0, 0) : new Slice(fragment, slice.openStart, slice.openEnd);
}

/** The whole story repaired, for a paste that landed it past the model's depth: words kept, nesting undone. */
export function repairDeepStory(state: EditorState): Transaction {
  const { value } = repairDoc(state.doc.toJSON(), { knownSpeakerIds: knownSpeakerIds() });
  return state.tr.replaceWith(0, state.doc.content.size, state.schema.nodeFromJSON(value).content);
}
