// What the palette and the shortcut sheet list: the shared command table
// (src/shared/commands.ts), read once here, filtered by what the sub types.
import { COMMANDS } from '../../shared/commands';
import type { MenuCommand } from '../../shared/contract/shell';
import { formatShortcut } from '../ui/shortcuts';

/** One row of the palette: a command, its label and every key that gives it, as the OS writes them. */
export interface PaletteItem {
  command: MenuCommand;
  label: string;
  keys: string[];
  /** Set when the command does nothing here (a story must be open): shown, dimmed, with the reason. */
  unavailable?: string;
}

/** Every command, in the table's order, marked unavailable where it needs an open story and none is. */
export function paletteItems(articleOpen: boolean): PaletteItem[] {
  return (Object.entries(COMMANDS) as [MenuCommand, (typeof COMMANDS)[MenuCommand]][]).map(([command, info]) => ({
    command,
    label: info.label,
    keys: [info.shortcut, ...(info.alternatives ?? [])].filter((k): k is string => !!k).map(formatShortcut),
    unavailable: info.needsArticle && !articleOpen ? 'Open a story first' : undefined,
  }));
}

/** The items whose label holds every word typed, in any order and case; all of them for an empty filter. */
export function filterItems(items: PaletteItem[], filter: string): PaletteItem[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => words.every((w) => item.label.toLowerCase().includes(w)));
}
