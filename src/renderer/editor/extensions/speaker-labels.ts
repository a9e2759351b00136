// Who said each tagged quote, on hover (title) and to screen readers (a
// visually hidden label after each segment). The names live in the speaker
// directory, not the document, so they are decorations: recomputed a moment
// after the text changes, mapped through edits in between, never on the
// typing path.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { takeUpPendingSelection } from '../pending-selection';

export const speakerLabelsKey = new PluginKey<DecorationSet>('speakerLabels');
const REFRESH_MS = 300;
/** The labels arrive this long after the story at the latest, sooner when the page is idle. */
const FIRST_LABELS_MS = 500;

export interface SpeakerLabelsStorage {
  names: Map<string, string>;
}

declare module '@tiptap/core' {
  interface Storage {
    speakerLabels: SpeakerLabelsStorage;
  }
}

function build(doc: PMNode, names: Map<string, string>): DecorationSet {
  const decorations: Decoration[] = [];
  let open: { quoteId: string; from: number; to: number; speakerId: string | null } | null = null;
  const flush = () => {
    if (!open) return;
    const name = open.speakerId ? (names.get(open.speakerId) ?? 'unknown speaker') : 'no speaker yet';
    decorations.push(Decoration.inline(open.from, open.to, { title: `Quote: ${name}` }));
    const label = `(quote, ${name})`;
    decorations.push(
      Decoration.widget(
        open.to,
        () => {
          const span = document.createElement('span');
          span.className = 'sr-only';
          span.textContent = label;
          return span;
        },
        { side: 1, ignoreSelection: true, key: `${open.quoteId}:${open.to}:${label}` },
      ),
    );
    open = null;
  };
  doc.descendants((node, pos) => {
    if (!node.isText) {
      if (!node.isInline) flush();
      return true;
    }
    const mark = node.marks.find((m) => m.type.name === 'quote');
    if (mark && open && open.quoteId === mark.attrs.quoteId && open.to === pos) {
      open.to = pos + node.nodeSize;
    } else {
      flush();
      if (mark) open = { quoteId: mark.attrs.quoteId, speakerId: mark.attrs.speakerId, from: pos, to: pos + node.nodeSize };
    }
    return false;
  });
  flush();
  return DecorationSet.create(doc, decorations);
}

export const SpeakerLabels = Extension.create<object, SpeakerLabelsStorage>({
  name: 'speakerLabels',
  addStorage() {
    return { names: new Map() };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<DecorationSet>({
        key: speakerLabelsKey,
        state: {
          // Labelled once the story is on screen: building the labels into the first render would
          // make TipTap's second pass over a just-created view (it adds the plugins after creating it)
          // touch every quote of a long story before the sub sees any of it.
          init: () => DecorationSet.empty,
          apply(tr, old) {
            const fresh = tr.getMeta(speakerLabelsKey) as DecorationSet | undefined;
            if (fresh) return fresh;
            return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
          },
        },
        props: { decorations: (state) => speakerLabelsKey.getState(state) },
        view(created) {
          let timer: ReturnType<typeof setTimeout> | null = null;
          const relabel = (view: EditorView) => {
            timer = null;
            if (view.isDestroyed) return;
            takeUpPendingSelection(view);
            view.dispatch(view.state.tr.setMeta(speakerLabelsKey, build(view.state.doc, storage.names)).setMeta('addToHistory', false));
          };
          let first: number | null = requestIdleCallback(() => {
            first = null;
            relabel(created);
          }, { timeout: FIRST_LABELS_MS });
          return {
            update(view, previous) {
              if (previous.doc === view.state.doc) return;
              if (first !== null) return; // the first labelling has yet to run, and reads the document then
              if (timer) clearTimeout(timer);
              timer = setTimeout(() => relabel(view), REFRESH_MS);
            },
            destroy() {
              if (timer) clearTimeout(timer);
              if (first !== null) cancelIdleCallback(first);
            },
          };
        },
      }),
    ];
  },
});

/** Call after the directory changes: relabels at once. */
export function refreshSpeakerLabels(view: { state: { doc: PMNode; tr: { setMeta(k: unknown, v: unknown): unknown } }; dispatch(tr: unknown): void; isDestroyed: boolean }, names: Map<string, string>): void {
  if (view.isDestroyed) return;
  takeUpPendingSelection(view as never);
  const tr = view.state.tr.setMeta(speakerLabelsKey, build(view.state.doc, names)) as { setMeta(k: unknown, v: unknown): unknown };
  view.dispatch(tr.setMeta('addToHistory', false));
}
