// Suggested quotes from detection, shown in the text until the sub accepts,
// changes or rejects them. Decorations, not marks: a suggestion never
// changes the document, and mapping keeps it on the right words while the
// sub edits around it.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { mapDecorations, type DecorationSource } from '../view-decorations';

export const quoteSuggestionsKey = new PluginKey<DecorationSet>('quoteSuggestions');

export interface SuggestionRange {
  suggestionId: string;
  from: number;
  to: number;
}

export const QuoteSuggestions = Extension.create({
  name: 'quoteSuggestions',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: quoteSuggestionsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, old) {
            const next = tr.getMeta(quoteSuggestionsKey) as SuggestionRange[] | undefined;
            if (next) {
              return DecorationSet.create(
                tr.doc,
                next.map((s) => Decoration.inline(s.from, s.to, { class: 'quote-suggestion', 'data-suggestion-id': s.suggestionId }, { suggestionId: s.suggestionId })),
              );
            }
            return tr.docChanged ? mapDecorations(old, tr) : old;
          },
        },
        // Drawn by the body's one decoration set (view-decorations), not as a set of its own.
        decorationSource: ((state) => quoteSuggestionsKey.getState(state)) satisfies DecorationSource,
      }),
    ];
  },
});

/** Where each suggestion's segments are now, after any edits since detection. */
export function currentSuggestionRanges(state: Parameters<typeof quoteSuggestionsKey.getState>[0]): Map<string, Array<{ from: number; to: number }>> {
  const set = quoteSuggestionsKey.getState(state);
  const out = new Map<string, Array<{ from: number; to: number }>>();
  for (const d of set?.find() ?? []) {
    const id = (d.spec as { suggestionId: string }).suggestionId;
    out.set(id, [...(out.get(id) ?? []), { from: d.from, to: d.to }]);
  }
  for (const ranges of out.values()) ranges.sort((a, b) => a.from - b.from);
  return out;
}
