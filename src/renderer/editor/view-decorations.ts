// The body's decorations as ONE set. Each plugin that draws in the copy (the
// checks' underlines, the overmatter, quote suggestions) keeps its own state
// but names it a source (`decorationSource` in its spec) instead of handing
// the view a `decorations` prop. Given two or more sets, ProseMirror wraps
// them in a DecorationGroup, whose forChild builds arrays for every top-level
// block on every keystroke; one set is only walked down the blocks it marks.
// The one set is mapped per transaction like any other; a source's drawing
// is patched in (its old decorations out, its new ones in) only when that
// source drew afresh, which happens after a pause, not per keystroke.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';

/** Read from a source plugin's spec: its decorations in `state`. */
export type DecorationSource = (state: EditorState) => DecorationSet | null | undefined;

/**
 * Which drawing a set is, carried through mapping: a set mapped from another is the same drawing moved,
 * which the one set has already moved too. A set missing here is a drawing of its own.
 */
const drawings = new WeakMap<DecorationSet, object>();
const drawingOf = (set: DecorationSet | null | undefined): object | undefined => (set ? (drawings.get(set) ?? set) : undefined);

/** A source's set mapped through `tr`, marked as the same drawing, so the one set is not patched for it. */
export function mapDecorations(set: DecorationSet, tr: Transaction): DecorationSet {
  const next = set.map(tr.mapping, tr.doc);
  if (next !== set) drawings.set(next, drawingOf(set)!);
  return next;
}

interface Drawn {
  /** The set the view is given. */
  set: DecorationSet;
  /** Per source plugin, the drawing `set` holds and that drawing's set as it was put in. */
  from: Map<string, { drawing: object | undefined; put: DecorationSet | null | undefined }>;
  /** How many drawings have been put in since the editor began: typing must put in none. */
  patches: number;
}

export const viewDecorationsKey = new PluginKey<Drawn>('galley-view-decorations');

const keyOf = (plugin: Plugin) => (plugin as unknown as { key: string }).key;
const unchanged = (drawn: Drawn, name: string, current: DecorationSet | null | undefined) => {
  const was = drawn.from.get(name);
  return was ? was.drawing === drawingOf(current) : !current || current === DecorationSet.empty;
};

/** Whether every source in `state` is still the drawing `drawn` holds: what each keystroke finds, with nothing made. */
function upToDate(drawn: Drawn, state: EditorState): boolean {
  let held = 0;
  for (let i = 0; i < state.plugins.length; i++) {
    const plugin = state.plugins[i];
    const source = plugin.spec.decorationSource as DecorationSource | undefined;
    if (!source) continue;
    const name = keyOf(plugin);
    if (drawn.from.has(name)) held++;
    if (!unchanged(drawn, name, source(state))) return false;
  }
  return held === drawn.from.size;
}

/** Brings `drawn` up to the sources in `state`: a source that drew afresh (or went) is taken out and put in again. */
function patch(drawn: Drawn, state: EditorState): void {
  if (upToDate(drawn, state)) return;
  let { set } = drawn;
  let from: Drawn['from'] | null = null;
  const seen = new Set<string>();
  const update = (name: string, current: DecorationSet | null | undefined) => {
    seen.add(name);
    if (unchanged(drawn, name, current)) return;
    const drawing = drawingOf(current);
    const was = drawn.from.get(name);
    // Mapping keeps each decoration's spec object, so the old drawing's decorations are found by their specs.
    const specs = new Set(was?.put?.find().map((d) => d.spec));
    if (specs.size) set = set.remove(set.find(undefined, undefined, (spec) => specs.has(spec)));
    const added = current?.find() ?? [];
    if (added.length) set = set.add(state.doc, added);
    from ??= new Map(drawn.from);
    from.set(name, { drawing, put: current });
  };
  for (const plugin of state.plugins) {
    const source = plugin.spec.decorationSource as DecorationSource | undefined;
    if (source) update(keyOf(plugin), source(state));
  }
  for (const name of drawn.from.keys()) if (!seen.has(name)) update(name, undefined);
  if (from) {
    drawn.set = set;
    drawn.from = from;
    drawn.patches += 1;
  }
}

/** The plugin that gives the view the one set. */
export function viewDecorationsPlugin(): Plugin<Drawn> {
  return new Plugin<Drawn>({
    key: viewDecorationsKey,
    state: {
      init: () => ({ set: DecorationSet.empty, from: new Map(), patches: 0 }),
      // A fresh object per state: patch() fills it in for the state it belongs to, and no other.
      apply: (tr, drawn) => ({ set: tr.docChanged ? drawn.set.map(tr.mapping, tr.doc) : drawn.set, from: drawn.from, patches: drawn.patches }),
    },
    props: {
      decorations(state) {
        // Patched when the view asks, not in apply: the checks' plugin is registered after this one, so its
        // state is not yet applied when this plugin's is.
        const drawn = viewDecorationsKey.getState(state)!;
        patch(drawn, state);
        return drawn.set;
      },
    },
  });
}

/** The body's one decoration set, as a TipTap extension. */
export const ViewDecorations = Extension.create({
  name: 'viewDecorations',
  addProseMirrorPlugins: () => [viewDecorationsPlugin()],
});
