// Every command a sub can give, with its shortcut: the menu (desktop), the
// key bindings (browser mode), toolbar tooltips and the command list all read
// this table, so a shortcut is written once.
import type { MenuCommand } from './contract/shell';

export interface CommandInfo {
  label: string;
  shortcut?: string;
}

export const COMMANDS: Record<MenuCommand, CommandInfo> = {
  'new-article': { label: 'New article', shortcut: 'Mod+Alt+N' },
  import: { label: 'Import…', shortcut: 'Mod+O' },
  export: { label: 'Export…', shortcut: 'Mod+E' },
  'show-library': { label: 'Library', shortcut: 'Mod+1' },
  'toggle-preview': { label: 'Toggle preview', shortcut: 'Mod+Shift+P' },
  'save-now': { label: 'Save now', shortcut: 'Mod+S' },
  find: { label: 'Find in library', shortcut: 'Mod+Shift+F' },
  'tag-quote': { label: 'Tag quote…', shortcut: 'Mod+Shift+Q' },
  'detect-quotes': { label: 'Detect quotes', shortcut: 'Mod+Shift+D' },
};
