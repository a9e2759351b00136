// The palette and the shortcut sheet, mounted once by the window; at most one is open.
import type { MenuCommand } from '../../shared/contract/shell';
import { CommandPalette } from './CommandPalette';
import { ShortcutSheet } from './ShortcutSheet';

/** Which of the two is open, if either. */
export type PaletteKind = 'palette' | 'sheet' | null;

/** Shows the open one; the window owns the state and runs the chosen command. */
export function Palettes(props: { kind: PaletteKind; articleOpen: boolean; onRun(command: MenuCommand): void; onClose(): void }) {
  if (props.kind === 'palette') return <CommandPalette articleOpen={props.articleOpen} onRun={props.onRun} onClose={props.onClose} />;
  if (props.kind === 'sheet') return <ShortcutSheet onClose={props.onClose} />;
  return null;
}
