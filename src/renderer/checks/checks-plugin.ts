// The body's underlines: one inline decoration per match, carrying the match
// in its spec, mapped through every transaction by ProseMirror itself so an
// edit never waits for the worker. New results arrive as a transaction meta.
// F8 goes to the next match and opens its suggestions; Mod-. opens them for
// the match at the cursor; a click on an underline opens them too.
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { mapDecorations, type DecorationSource } from '../editor/view-decorations';
import type { CheckMatch } from '../../shared/checks/model';

/** A match in the body, at its place in the document now. */
export interface PlacedMatch {
  match: CheckMatch;
  from: number;
  to: number;
}

export const checksKey = new PluginKey<DecorationSet>('galley-checks');

export const NEXT_ISSUE_KEY = 'F8';
export const SUGGESTIONS_KEY = 'Mod-.';

/** The class a match is underlined with: spelling, names, or the style level. */
export function underlineClass(match: CheckMatch): string {
  return match.kind === 'style' ? `check-mark check-style-${match.level}` : `check-mark check-${match.kind}`;
}

/** Decorations for matches placed in `doc`. */
export function decorationsFor(state: EditorState, placed: readonly PlacedMatch[]): DecorationSet {
  const size = state.doc.content.size;
  const decorations = placed
    .filter((p) => p.from >= 0 && p.to <= size && p.from < p.to)
    .map((p) => Decoration.inline(p.from, p.to, { class: underlineClass(p.match), 'data-rule': p.match.ruleId }, { match: p.match }));
  return DecorationSet.create(state.doc, decorations);
}

/** Every match as it stands in the document now, in order. */
export function placedMatches(state: EditorState): PlacedMatch[] {
  const set = checksKey.getState(state);
  if (!set) return [];
  return set.find().map((d) => ({ match: (d.spec as { match: CheckMatch }).match, from: d.from, to: d.to }));
}

/**
 * Whether `shown` (the underlines in the body now) and `next` are the same matches at the same places,
 * so the set need not be replaced: a new set, even an equal one, has the view compare every block it marks.
 */
export function sameUnderlines(shown: readonly PlacedMatch[], next: readonly PlacedMatch[]): boolean {
  if (shown.length !== next.length) return false;
  // Everything a popover or a fix reads from the match the underline carries.
  const key = ({ from, to, match: m }: PlacedMatch) => JSON.stringify([from, to, m.ruleId, m.kind, m.level, m.message, m.block, m.start, m.end, m.text, m.suggestions, m.spellings]);
  const drawn = new Set(shown.map(key));
  return next.every((p) => drawn.has(key(p)));
}

export interface ChecksPluginHandlers {
  /** Show the suggestions of a match. */
  open(placed: PlacedMatch, byKeyboard: boolean): void;
}

export function checksPlugin(handlers: ChecksPluginHandlers): Plugin<DecorationSet> {
  const at = (state: EditorState, pos: number) => placedMatches(state).find((p) => p.from <= pos && pos <= p.to) ?? null;
  return new Plugin<DecorationSet>({
    key: checksKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const replaced = tr.getMeta(checksKey) as DecorationSet | undefined;
        if (replaced) return replaced;
        return tr.docChanged ? mapDecorations(set, tr) : set;
      },
    },
    // Drawn by the body's one decoration set (editor/view-decorations), not as a set of its own.
    decorationSource: ((state) => checksKey.getState(state)) satisfies DecorationSource,
    props: {
      handleClick(view, pos) {
        const hit = at(view.state, pos);
        if (hit) handlers.open(hit, false);
        return false;
      },
      handleKeyDown(view, event) {
        const mod = event.metaKey || event.ctrlKey;
        if (event.key === NEXT_ISSUE_KEY && !mod && !event.altKey) {
          goToNext(view, handlers);
          return true;
        }
        if (event.key === '.' && mod) {
          const hit = at(view.state, view.state.selection.from);
          if (hit) handlers.open(hit, true);
          return Boolean(hit);
        }
        return false;
      },
    },
  });
}

/** Selects the next match after the cursor (wrapping to the first) and opens its suggestions. */
export function goToNext(view: EditorView, handlers: ChecksPluginHandlers): boolean {
  const all = placedMatches(view.state);
  if (!all.length) return false;
  const cursor = view.state.selection.to;
  const next = all.find((p) => p.from >= cursor && !(p.from === view.state.selection.from && p.to === cursor)) ?? all[0];
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, next.from, next.to)).scrollIntoView());
  handlers.open(next, true);
  return true;
}
