// Messages between the desktop shell and the renderer that are not service
// calls: menu commands going down, and the close handshake coming back.
// Browser mode has no shell; the renderer binds the same commands to keys.
// Zod-free like channels.ts, since the sandboxed preload builds its bridge
// from this file (shellBridge), checking what arrives against the table.
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

/** Whether a message from the shell names a menu command this Galley knows; anything else is dropped. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The part of Electron's ipcRenderer the bridge uses. */
export interface ShellIpc {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  send(channel: string): void;
}

/**
 * `window.galleyShell`, built over the preload's ipcRenderer: menu commands
 * checked against MENU_COMMANDS, and the close handshake answered once the
 * renderer's flush is over, whether it saved or failed.
 */
export function shellBridge(ipc: ShellIpc, platform: string): ShellBridge {
  return {
    onMenuCommand(listener) {
      const wrapped = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(SHELL_CHANNELS.menu, wrapped);
      return () => void ipc.removeListener(SHELL_CHANNELS.menu, wrapped);
    },
    onFlushRequest(listener) {
      const wrapped = async () => {
        try {
          await listener();
        } finally {
          ipc.send(SHELL_CHANNELS.flushDone);
        }
      };
      ipc.on(SHELL_CHANNELS.flushRequest, wrapped);
      return () => void ipc.removeListener(SHELL_CHANNELS.flushRequest, wrapped);
    },
    platform,
  };
}
