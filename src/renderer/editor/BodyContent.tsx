// The body editor on the page, with its keystrokes kept from React. React
// handles events by delegation: every key, input and selection change in the
// copy bubbles to its root, where React walks from the nearest component up
// through the whole tree looking for handlers, on every event, twice (capture
// and bubble). No component above the body handles its keys (ProseMirror
// does, and the shortcuts listen on the window), so that walk is spent for
// nothing on the typing path. ProseMirror's element is set inside an empty
// React root of its own: React's listeners then find no component for an
// event from the body and leave it alone, while native listeners (window,
// document, ProseMirror's own) hear every event as before.
import { EditorContent, type Editor } from '@tiptap/react';
import { useLayoutEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { takeFocusedEarly } from './first-story';

/** TipTap's EditorContent with ProseMirror's element in a React-free island. */
export function BodyContent({ editor, className }: { editor: Editor; className?: string }) {
  const host = useRef<HTMLDivElement>(null);
  // After EditorContent has adopted the editor's element (a child's mount runs before this effect).
  useLayoutEffect(() => {
    const element = host.current;
    const dom = editor.view.dom;
    if (!element || dom.parentNode !== element) return;
    // The window's first view had the cursor in the body: React's first commit took that element away.
    const focused = editor.view.hasFocus() || takeFocusedEarly(editor);
    const island = document.createElement('div');
    island.className = 'body-island';
    element.insertBefore(island, dom);
    island.append(dom);
    // Never rendered into: only marks the island as a root, so React stops its walk here.
    createRoot(island);
    if (focused) editor.view.focus();
    return () => {
      // Back where EditorContent put it, for EditorContent to take away when it unmounts.
      if (dom.parentNode === island) element.insertBefore(dom, island);
      island.remove();
    };
  }, [editor]);
  return <EditorContent editor={editor} className={className} ref={host} />;
}
