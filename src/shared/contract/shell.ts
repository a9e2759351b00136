// Messages between the desktop shell and the renderer that are not service
// calls: menu commands going down, and the close handshake coming back.
// Browser mode has no shell; the renderer binds the same commands to keys.
export const MENU_COMMANDS = [
  'new-article',
  'import',
  'export',
  'show-library',
  'toggle-preview',
  'save-now',
  'find',
  'tag-quote',
  'detect-quotes',
  'command-palette',
  'shortcut-sheet',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const SHELL_CHANNELS = {
  menu: 'galley-shell:menu',
  /** The shell asks the renderer to save before a window closes or the app quits. */
  flushRequest: 'galley-shell:flush-request',
  flushDone: 'galley-shell:flush-done',
} as const;

/** What the preload adds to `window.galleyShell` beside the calls. */
export interface ShellBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFlushRequest(listener: () => Promise<void> | void): () => void;
  platform: string;
}
