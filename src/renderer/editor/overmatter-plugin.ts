// Overmatter in the editor: the copy past the end of the slot, tinted and
// struck through so the sub sees what a cut must remove. Copyfit sets the
// start (setOvermatter) off the typing path; between measurements the start
// is mapped through each transaction and the marks run on from it to the end
// of the document as the sub types there. The first block wholly over is
// marked on its element by the plugin's view, not by a node decoration: a
// node decoration on a top-level block makes ProseMirror walk every block of
// the story the slow way on every keystroke (iterDeco with the document's own
// decorations: an array per block per key).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { mapDecorations, type DecorationSource } from './view-decorations';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    overmatter: {
      /** Marks the copy from `pos` to the end as overmatter; null clears the mark. */
      setOvermatter: (pos: number | null) => ReturnType;
    };
  }
}

interface OvermatterState {
  from: number | null;
  decorations: DecorationSet;
  /** The blocks the marks are measured from (the one the slot ends in, the first wholly over), as a range of the document. */
  zone: { from: number; to: number } | null;
  /** Where the first block wholly over starts (its element carries OVERMATTER_FROM), or null when none is. */
  fromBlock: number | null;
}

export const overmatterKey = new PluginKey<OvermatterState>('overmatter');
const OVERMATTER = { class: 'overmatter', 'data-overmatter': 'true' };
/** The first block wholly in the overmatter; app.css marks it and every block after it. */
const OVERMATTER_FROM = { class: 'overmatter overmatter-from', 'data-overmatter': 'true' };

function decorate(state: Pick<EditorState, 'doc'>, from: number | null): OvermatterState {
  const { doc } = state;
  if (from === null || from >= doc.content.size) return { from: null, decorations: DecorationSet.empty, zone: null, fromBlock: null };
  const start = Math.max(0, from);
  // At most two marks, however long the overmatter: the rest of the block the slot ends in, inline,
  // and the first block wholly over, which the stylesheet extends to every block after it
  // (.overmatter-from ~ *). A mark on each block made every keystroke in a long story pay for
  // hundreds of them, in the transaction and again in redrawing the block typed in.
  const $start = doc.resolve(start);
  const index = $start.index(0);
  // Read from the resolved path, not summed over the blocks before it: this runs on every keystroke.
  const blockStart = $start.depth > 0 ? $start.before(1) : start;
  const block = doc.child(index);
  const marks: Decoration[] = [];
  let whole = index;
  if (start > blockStart + 1 || (start > blockStart && !block.isTextblock)) {
    marks.push(Decoration.inline(start, blockStart + block.nodeSize - 1, OVERMATTER, { inclusiveEnd: true }));
    whole = index + 1;
  }
  let zoneTo = blockStart + block.nodeSize;
  let fromBlock: number | null = null;
  if (whole < doc.childCount) {
    fromBlock = whole === index ? blockStart : blockStart + block.nodeSize;
    zoneTo = fromBlock + doc.child(whole).nodeSize;
  }
  return { from: start, decorations: DecorationSet.create(doc, marks), zone: { from: blockStart, to: zoneTo }, fromBlock };
}

/**
 * The zone mapped through `tr`, or null when an edit touched it (at its edges too). An edit outside
 * the two blocks the marks hang on leaves them as they were, only moved: the set is then mapped,
 * which costs the few nodes it holds, where making it afresh walks every block of the story.
 */
function zoneAfter(tr: Transaction, zone: { from: number; to: number }): { from: number; to: number } | null {
  let { from, to } = zone;
  for (const map of tr.mapping.maps) {
    let hit = false;
    map.forEach((start, end) => {
      if (end >= from && start <= to) hit = true;
    });
    if (hit) return null;
    from = map.map(from, -1);
    to = map.map(to, 1);
  }
  return { from, to };
}

/** Where the overmatter starts now, as the editor maps it; null when there is none. */
export function overmatterFrom(state: EditorState): number | null {
  return overmatterKey.getState(state)?.from ?? null;
}

/** ProseMirror's DOM observer, which must not read the mark's class as the sub's edit. */
interface Observed {
  domObserver: { stop(): void; start(): void };
}

/**
 * Puts OVERMATTER_FROM on the element of the first block wholly over, as a node decoration would, after
 * every update: ProseMirror may have drawn that block afresh (an edit in it), or the cut moved.
 */
function markFirstBlockOver(view: EditorView) {
  const classes = OVERMATTER_FROM.class.split(' ');
  let marked: HTMLElement | null = null;
  const set = (element: HTMLElement | null) => {
    const { domObserver } = view as unknown as Observed;
    domObserver.stop();
    try {
      // A view made again (a plugin registered) finds the mark its predecessor left.
      const left = marked ? [marked] : [...view.dom.querySelectorAll<HTMLElement>(':scope > .overmatter-from')];
      for (const old of left) {
        if (old === element) continue;
        old.classList.remove(...classes);
        old.removeAttribute('data-overmatter');
      }
      element?.classList.add(...classes);
      element?.setAttribute('data-overmatter', OVERMATTER_FROM['data-overmatter']);
    } finally {
      domObserver.start();
    }
    marked = element;
  };
  let first = true;
  const update = () => {
    const at = overmatterKey.getState(view.state)?.fromBlock ?? null;
    const dom = at === null ? null : view.nodeDOM(at);
    const element = dom instanceof HTMLElement ? dom : null;
    if (first || element !== marked || (element && !element.classList.contains('overmatter-from'))) set(element);
    first = false;
  };
  update();
  // Nothing to undo when it goes: the editor is going, or its next view takes the mark over.
  return { update };
}

export const Overmatter = Extension.create({
  name: 'overmatter',
  addCommands() {
    return {
      setOvermatter:
        (pos) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(overmatterKey, { from: pos }).setMeta('addToHistory', false);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<OvermatterState>({
        key: overmatterKey,
        state: {
          init: () => ({ from: null, decorations: DecorationSet.empty, zone: null, fromBlock: null }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(overmatterKey) as { from: number | null } | undefined;
            if (meta) return decorate(state, meta.from);
            if (!tr.docChanged || value.from === null) return value;
            // The cut is mapped, not measured: the slot is measured again after a pause in typing. An edit
            // in the blocks the marks hang on sets them again from it, so a block split or joined at the
            // cut stays marked; any other edit (typing further down the overmatter) only moves them.
            const from = tr.mapping.map(value.from, 1);
            const zone = value.zone && zoneAfter(tr, value.zone);
            if (zone) return { from, decorations: mapDecorations(value.decorations, tr), zone, fromBlock: value.fromBlock === null ? null : tr.mapping.map(value.fromBlock, 1) };
            return decorate(state, from);
          },
        },
        // Drawn by the body's one decoration set (view-decorations), not as a set of its own.
        decorationSource: ((state) => overmatterKey.getState(state)?.decorations) satisfies DecorationSource,
        view: (view) => markFirstBlockOver(view),
      }),
    ];
  },
});
