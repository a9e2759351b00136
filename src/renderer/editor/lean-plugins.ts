// Fewer plugins for ProseMirror to walk on each keystroke. TipTap gives every
// extension a keymap plugin of its own, bindings or not, and every extension
// with input rules a rules plugin of its own: the body has 57 plugins where
// bare ProseMirror has 5, and the view asks each of them for each prop it
// looks up (a dozen lookups a key), and each rules plugin reads the text
// before the caret and runs its patterns on every character typed.
// Here the keymaps that sit next to each other in handling order become one
// plugin, and the rules are not tried for a letter or digit, which ends no
// rule the body has (they end on a space, a star, an underscore, a dash or a
// line break: "> ", "1. ", "**bold**", "---").
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

type KeyDown = (view: EditorView, event: KeyboardEvent) => boolean | void;
type TextInput = (view: EditorView, from: number, to: number, text: string, deflt: () => unknown) => boolean | void;

/** A character that ends none of the body's input rules: typing one need not try them. */
export const ENDS_NO_RULE = /^[\p{L}\p{N}]$/u;

/** A plugin that is nothing but a keymap: one prop, handleKeyDown, and no state, view or transaction hooks. */
function keymapOnly(plugin: Plugin): boolean {
  const { spec } = plugin;
  const props = Object.keys(plugin.props);
  return props.length === 1 && props[0] === 'handleKeyDown' && !spec.key && !spec.state && !spec.view && !spec.appendTransaction && !spec.filterTransaction;
}

/** One plugin that asks `members`' handlers in turn, as ProseMirror would have asked the plugins themselves. */
function mergedKeymaps(members: Plugin[]): Plugin {
  const handlers = members.map((plugin) => plugin.props.handleKeyDown as KeyDown);
  return new Plugin({
    // A new PluginKey of a name already used is numbered: one key per merged run.
    key: new PluginKey('galley-keymaps'),
    props: {
      handleKeyDown(view, event) {
        for (let i = 0; i < handlers.length; i++) if (handlers[i](view, event)) return true;
        return false;
      },
    },
  });
}

/** An input rules plugin (TipTap marks them) asks its rules only when the typed text could end one. */
function gateRules(plugin: Plugin): void {
  const gated = plugin as Plugin & { galleyGated?: boolean };
  const rules = plugin.props.handleTextInput as TextInput | undefined;
  if (!(plugin.spec as { isInputRules?: boolean }).isInputRules || !rules || gated.galleyGated) return;
  gated.galleyGated = true;
  // In place: the plugin keys its own state (what Backspace undoes) by itself, so it must stay this object.
  (plugin.props as { handleTextInput: TextInput }).handleTextInput = (view, from, to, text, deflt) => (ENDS_NO_RULE.test(text) ? false : rules(view, from, to, text, deflt));
}

/**
 * `plugins` with each run of keymap-only plugins that no other key handler comes between made one
 * plugin (at the run's first place), and the input rules gated. Key handling keeps its order: only
 * plugins that handle no keys are stepped over, and they answer no key.
 */
export function leanPlugins(plugins: readonly Plugin[]): Plugin[] {
  const out: Plugin[] = [];
  let run: Plugin[] = [];
  let runAt = -1;
  const close = () => {
    if (run.length > 1) out[runAt] = mergedKeymaps(run);
    run = [];
    runAt = -1;
  };
  for (const plugin of plugins) {
    gateRules(plugin);
    if (keymapOnly(plugin)) {
      if (runAt < 0) {
        runAt = out.length;
        out.push(plugin);
      }
      run.push(plugin);
      continue;
    }
    if (plugin.props.handleKeyDown) close();
    out.push(plugin);
  }
  close();
  return out;
}
