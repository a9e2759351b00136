// The body editor's life in the view. The typing path is ProseMirror only
// (the editor never re-renders the view): a change only touches the
// autosaver, which saves a moment later, and leaving the body saves at once.
// An editor whose view has gone is destroyed a moment later, unless the same
// editor is shown again (React's strict mode remounts). Keys typed in the
// window's first view (editor/first-story.ts) are saved as the view adopts it.
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import type { Autosaver } from '../editor/autosave';
import { takeEditedEarly } from '../editor/first-story';

const leaving = new Map<Editor, ReturnType<typeof setTimeout>>();

/** Ties the body editor to the autosaver while the view shows it, and destroys it once the view has gone. */
export function useBodyEditor(editor: Editor, autosaver: Autosaver): void {
  useEffect(() => {
    const pending = leaving.get(editor);
    if (pending) clearTimeout(pending);
    leaving.delete(editor);
    const onUpdate = () => autosaver.touch();
    const onBlur = () => void autosaver.flush();
    editor.on('update', onUpdate);
    // Typed in the window's first view, before the app arrived: unsaved, so saved and journalled now.
    if (takeEditedEarly(editor)) autosaver.touch();
    editor.on('blur', onBlur);
    return () => {
      editor.off('update', onUpdate);
      editor.off('blur', onBlur);
      leaving.set(
        editor,
        setTimeout(() => {
          leaving.delete(editor);
          editor.destroy();
        }),
      );
    };
  }, [editor, autosaver]);
}
