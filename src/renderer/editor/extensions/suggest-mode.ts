// Suggestion mode: while it is on, every edit the sub makes is turned into
// suggested insertions and deletions (marks) instead of changing the copy.
// @handlewithcare/prosemirror-suggest-changes does the turning; it plugs into
// TipTap's dispatchTransaction hook, so ProseMirror applies the turned
// transaction in place of the sub's, as one step of undo. Its own plugin also
// draws a mark on every block on every keystroke (a walk of the whole story),
// so Galley keeps the plugin's key and state and leaves that drawing out.
import { suggestChangesKey, transformToSuggestionTransaction, toggleSuggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { Extension } from '@tiptap/core';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import { suggestionId } from '../../../shared/history/suggestion-id';
import { ENDS_NO_RULE } from '../lean-plugins';
import { extendOwnInsertion, typeOntoOwnInsertion } from './suggest-typing';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      toggleSuggestChanges: () => ReturnType;
    };
  }
  interface Storage {
    suggestChanges: { author: string };
  }
}

/**
 * Six base-36 characters for a suggestion's id. The library asks for an id on every keystroke in
 * suggestion mode (it joins a key to the suggestion beside it, dropping the new id), so it is made
 * from an integer, which V8 writes in base 36 about five times faster than a fraction.
 */
function randomTag(): string {
  return Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
}

/** Whether suggestion mode is on in this editor state. */
export function suggesting(state: import('@tiptap/pm/state').EditorState): boolean {
  return !!(suggestChangesKey.getState(state) as { enabled?: boolean } | undefined)?.enabled;
}

export const SuggestChanges = Extension.create({
  name: 'suggestChanges',
  addStorage: () => ({ author: 'unnamed sub' }),

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: suggestChangesKey,
        state: {
          init: () => ({ enabled: false }),
          apply: (tr, value) => {
            const meta = tr.getMeta(suggestChangesKey) as { enabled?: boolean } | undefined;
            return meta && 'enabled' in meta ? { enabled: !!meta.enabled } : value;
          },
        },
        props: {
          // A letter or digit typed onto the sub's own insertion arrives marked, one step (suggest-typing.ts). It ends no
          // input rule, so the rules' handlers, gated the same way (lean-plugins.ts), would have let it pass anyway.
          handleTextInput: (view, from, to, text) => {
            if (!ENDS_NO_RULE.test(text) || view.composing || !suggesting(view.state)) return false;
            const tr = typeOntoOwnInsertion(view.state, from, to, text, this.storage.author);
            if (!tr) return false;
            // Already a suggestion: the library leaves it as it is.
            view.dispatch(tr.setMeta(suggestChangesKey, { skip: true }));
            return true;
          },
          // The library holds a suggested paragraph break open with a zero-width space: the caret steps over it.
          handleKeyDown: (view, event) => {
            const { selection } = view.state;
            if (!(selection instanceof TextSelection) || !selection.empty || !selection.$cursor) return false;
            if (event.key === 'ArrowRight' && selection.$cursor.nodeAfter?.text?.startsWith('\u200b')) {
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, selection.$cursor.pos + 1)));
            }
            if (event.key === 'ArrowLeft' && selection.$cursor.nodeBefore?.text?.endsWith('\u200b')) {
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, selection.$cursor.pos - 1)));
            }
            return false;
          },
        },
      }),
    ];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    const skip = (transaction.getMeta(suggestChangesKey) as { skip?: boolean } | undefined)?.skip;
    if (!suggesting(state) || !transaction.docChanged || skip || transaction.getMeta('history$') || transaction.getMeta('addToHistory') === false) {
      next(transaction);
      return;
    }
    const author = this.storage.author;
    // A character typed onto the sub's own insertion needs only the mark (suggest-typing.ts).
    next(extendOwnInsertion(transaction, author) ?? transformToSuggestionTransaction(transaction, state, () => suggestionId(author, new Date(), randomTag())));
  },

  addCommands() {
    return {
      toggleSuggestChanges:
        () =>
        ({ state, dispatch }) =>
          toggleSuggestChanges(state, dispatch),
    };
  },

  addKeyboardShortcuts() {
    // Word's own shortcut for tracking changes.
    return { 'Mod-Shift-e': () => this.editor.commands.toggleSuggestChanges() };
  },
});
