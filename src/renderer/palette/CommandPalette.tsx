// The command palette (Ctrl/Cmd+K, Ctrl/Cmd+Shift+P): every command with its
// shortcut, filtered as the sub types, chosen with the arrows and Enter.
// A combobox over a listbox, so a screen reader follows the active row.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { MenuCommand } from '../../shared/contract/shell';
import { Modal } from '../ui/Modal';
import { filterItems, paletteItems } from './palette-items';

export interface CommandPaletteProps {
  articleOpen: boolean;
  onRun(command: MenuCommand): void;
  onClose(): void;
}

/** The palette dialog; runs the chosen command after closing, so focus returns to where the sub was first. */
export function CommandPalette({ articleOpen, onRun, onClose }: CommandPaletteProps) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const items = useMemo(() => filterItems(paletteItems(articleOpen), filter), [articleOpen, filter]);
  const current = items[Math.min(active, items.length - 1)];

  const choose = (command: MenuCommand) => {
    onClose();
    setTimeout(() => onRun(command));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step && items.length) {
      event.preventDefault();
      setActive((i) => (Math.min(i, items.length - 1) + step + items.length) % items.length);
    } else if (event.key === 'Enter' && current && !current.unavailable) {
      event.preventDefault();
      choose(current.command);
    }
  };

  return (
    <Modal className="palette" label="Command palette" onClose={onClose} onKeyDown={onKeyDown}>
      <input
        className="palette-filter"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${current.command}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {items.map((item) => (
          <li
            key={item.command}
            id={`${listId}-${item.command}`}
            role="option"
            aria-selected={item === current}
            aria-disabled={item.unavailable ? true : undefined}
            className={item === current ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => !item.unavailable && choose(item.command)}
          >
            <span className="palette-label">{item.label}</span>
            {item.unavailable && <span className="palette-note">{item.unavailable}</span>}
            <span className="palette-keys">
              {item.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {items.length === 0 && <p className="palette-none" role="status">No command matches “{filter}”.</p>}
    </Modal>
  );
}
