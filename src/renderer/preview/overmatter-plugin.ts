// Overmatter in the editor: the copy past the end of the slot, tinted and
// struck through so the sub sees what a cut must remove. Copyfit sets the
// start (setOvermatter) off the typing path; between measurements the
// decoration is only mapped through each transaction, which is cheap, and
// runs on to the end of the document as the sub types there.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

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
}

export const overmatterKey = new PluginKey<OvermatterState>('overmatter');

function decorate(state: Pick<EditorState, 'doc'>, from: number | null): OvermatterState {
  const end = state.doc.content.size;
  if (from === null || from >= end) return { from: null, decorations: DecorationSet.empty };
  const start = Math.max(0, from);
  const mark = Decoration.inline(start, end, { class: 'overmatter', 'data-overmatter': 'true' }, { inclusiveEnd: true });
  return { from: start, decorations: DecorationSet.create(state.doc, [mark]) };
}

/** Where the overmatter starts now, as the editor maps it; null when there is none. */
export function overmatterFrom(state: EditorState): number | null {
  return overmatterKey.getState(state)?.from ?? null;
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
          init: () => ({ from: null, decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(overmatterKey) as { from: number | null } | undefined;
            if (meta) return decorate(state, meta.from);
            if (!tr.docChanged || value.from === null) return value;
            // Mapped, not recomputed: the slot is measured again after a pause in typing.
            // Mapping the set is cheap; building one over a long overmatter on every key is not.
            return { from: tr.mapping.map(value.from, 1), decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => overmatterKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
