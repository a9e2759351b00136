// Formatting for the body. Buttons keep the editor's focus (mousedown is
// prevented). Which of them are lit is read from the settled document (after
// a pause in typing, or when the page is next idle after a caret move), not
// in the keystroke's own work, and the toolbar re-renders only when that
// changes: a caret moving into bold lights B a moment later.
import type { Editor } from '@tiptap/core';
import { useEffect, useState, type ReactNode } from 'react';
import { formatShortcut } from '../ui/shortcuts';
import { settledDocument } from './settled-document';

interface ButtonSpec {
  label: string;
  /** The accessible name where the visible text is a word of its own ("1."): it must hold that text. */
  name?: string;
  text: ReactNode;
  shortcut?: string;
  active: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const BUTTONS: Array<ButtonSpec | 'sep'> = [
  { label: 'Bold', text: <b>B</b>, shortcut: 'Mod+B', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', text: <i>I</i>, shortcut: 'Mod+I', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  'sep',
  { label: 'Paragraph', text: '¶', shortcut: 'Mod+Alt+0', active: (e) => e.isActive('paragraph'), run: (e) => e.chain().focus().setParagraph().run() },
  { label: 'Crosshead', text: 'X', shortcut: 'Mod+Alt+2', active: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: 'Small crosshead', text: 'x', shortcut: 'Mod+Alt+3', active: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  'sep',
  { label: 'Bulleted list', text: '•', shortcut: 'Mod+Shift+8', active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', name: '1. Numbered list', text: '1.', shortcut: 'Mod+Shift+7', active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: 'Blockquote', text: '❝', shortcut: 'Mod+Shift+B', active: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
  'sep',
  { label: 'Undo', text: '↶', shortcut: 'Mod+Z', active: () => false, run: (e) => e.chain().focus().undo().run() },
  { label: 'Redo', text: '↷', shortcut: 'Mod+Shift+Z', active: () => false, run: (e) => e.chain().focus().redo().run() },
];

/** The formatting keys, label and shortcut, for the shortcut sheet. */
export const FORMAT_SHORTCUTS: [string, string][] = BUTTONS.flatMap((b) => (b !== 'sep' && b.shortcut ? [[b.label, b.shortcut] as [string, string]] : []));

const activeFlags = (editor: Editor) => BUTTONS.map((b) => (b === 'sep' ? false : b.active(editor)));

function useActiveFlags(editor: Editor): boolean[] {
  const [flags, setFlags] = useState(() => activeFlags(editor));
  useEffect(
    () =>
      settledDocument(editor).subscribe(
        () => {
          const next = activeFlags(editor);
          setFlags((shown) => (shown.every((flag, i) => flag === next[i]) ? shown : next));
        },
        { selection: true },
      ),
    [editor],
  );
  return flags;
}

export function Toolbar({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const active = useActiveFlags(editor);
  return (
    <div className="format-bar" role="toolbar" aria-label="Formatting">
      {BUTTONS.map((b, i) =>
        b === 'sep' ? (
          <span key={i} className="sep" />
        ) : (
          <button
            key={b.label}
            type="button"
            aria-label={b.name ?? b.label}
            aria-pressed={active[i]}
            title={b.shortcut ? `${b.label} (${formatShortcut(b.shortcut)})` : b.label}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => b.run(editor)}
          >
            {b.text}
          </button>
        ),
      )}
      {children}
    </div>
  );
}
