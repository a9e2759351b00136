// The shortcut sheet (F1, Ctrl/Cmd+/): every command's keys and the editor's
// own, on one page, read from the same table as the menu and the palette.
import { FORMAT_SHORTCUTS } from '../editor/Toolbar';
import { Modal } from '../ui/Modal';
import { formatShortcut } from '../ui/shortcuts';
import { paletteItems } from './palette-items';

/** The sheet dialog; Escape or Close shuts it and focus goes back where it was. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const rows = (entries: [string, string[]][]) =>
    entries.map(([label, keys]) => (
      <tr key={label}>
        <th scope="row">{label}</th>
        <td>
          {keys.map((k) => (
            <kbd key={k}>{k}</kbd>
          ))}
        </td>
      </tr>
    ));
  return (
    <Modal className="shortcut-sheet" labelledBy="shortcut-sheet-title" onClose={onClose}>
      <h2 id="shortcut-sheet-title" className="modal-title">Keyboard shortcuts</h2>
      <div className="shortcut-tables">
        <table aria-label="Commands">
          <caption>Commands</caption>
          <tbody>{rows(paletteItems(true).map((i) => [i.label, i.keys]))}</tbody>
        </table>
        <table aria-label="In the body">
          <caption>In the body</caption>
          <tbody>{rows(FORMAT_SHORTCUTS.map(([label, key]) => [label, [formatShortcut(key)]]))}</tbody>
        </table>
      </div>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </Modal>
  );
}
