// Shortcuts written once as "Mod+Shift+Q" and shown the way the OS writes
// them: ⌘⇧Q on macOS, Ctrl+Shift+Q elsewhere.
const isMac = /Mac|iPhone|iPad/.test(navigator.platform) || window.galleyShell?.platform === 'darwin';

export function formatShortcut(shortcut: string): string {
  if (!isMac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut
    .split('+')
    .map((k) => ({ Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' })[k] ?? k)
    .join('');
}

/** True when a keyboard event is the shortcut, with Mod meaning Cmd on macOS and Ctrl elsewhere. */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1].toLowerCase();
  const mod = parts.includes('Mod');
  const shift = parts.includes('Shift');
  const alt = parts.includes('Alt');
  const modDown = isMac ? event.metaKey : event.ctrlKey;
  const pressed = event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase();
  return modDown === mod && event.shiftKey === shift && event.altKey === alt && (pressed === key || event.code.toLowerCase() === `key${key}` || event.code.toLowerCase() === `digit${key}`);
}

export const withShortcut = (label: string, shortcut?: string) => (shortcut ? `${label} (${formatShortcut(shortcut)})` : label);
