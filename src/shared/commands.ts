// Every command a sub can give, with its shortcut: the menu (desktop), the
// key bindings (browser mode), toolbar tooltips and the command list all read
// this table, so a shortcut is written once.
import type { MenuCommand } from './contract/shell';

export interface CommandInfo {
  label: string;
  shortcut?: string;
  /** Further keys for the same command (VS Code's Ctrl+Shift+P beside Ctrl+K); the menu shows only `shortcut`. */
  alternatives?: string[];
  /** Only meaningful with a story open: the palette shows it dimmed in the library. */
  needsArticle?: boolean;
}

export const COMMANDS: Record<MenuCommand, CommandInfo> = {
  'new-article': { label: 'New article', shortcut: 'Mod+Alt+N' },
  import: { label: 'Import…', shortcut: 'Mod+O' },
  export: { label: 'Export…', shortcut: 'Mod+E' },
  'show-library': { label: 'Library', shortcut: 'Mod+1' },
  // Mod+Shift+P is the command palette, as VS Code users expect.
  'toggle-preview': { label: 'Toggle preview', shortcut: 'Mod+Alt+P', needsArticle: true },
  'save-now': { label: 'Save now', shortcut: 'Mod+S', needsArticle: true },
  find: { label: 'Find in library', shortcut: 'Mod+Shift+F' },
  'tag-quote': { label: 'Tag quote…', shortcut: 'Mod+Shift+Q', needsArticle: true },
  'detect-quotes': { label: 'Detect quotes', shortcut: 'Mod+Shift+D', needsArticle: true },
  'command-palette': { label: 'Command palette…', shortcut: 'Mod+K', alternatives: ['Mod+Shift+P'] },
  'shortcut-sheet': { label: 'Keyboard shortcuts', shortcut: 'F1', alternatives: ['Mod+/'] },
};
