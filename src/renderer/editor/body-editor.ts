// The body's TipTap editor, assembled before the sub asks for it. Building
// one (extensions, schema, plugins) costs more than ProseMirror's own first
// render of a long story, and TipTap then renders the story twice: once
// without its plugins and again with them. So one editor is kept spare,
// built while the window is idle (the library waiting for its list is such a
// moment) and mounted once on a short specimen of every kind of node and
// mark, which also runs the rendering code before a story needs it. Opening
// a story gives that editor the story, with its plugins, before mounting it:
// one render pass, as bare ProseMirror makes.
import { Editor } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { DocNode } from '../../shared/article/model';
import { bodyCoreExtensions, bodyExtensions } from './extensions';
import { QuoteSuggestions } from './extensions/quote-suggestions';
import { leanPlugins } from './lean-plugins';
import { sanitisePastedHtml } from './sanitise-paste';

const extensions = [...bodyExtensions, QuoteSuggestions];

/** Every node and mark a story can hold, so the spare's first render runs every rendering path once. */
const SPECIMEN: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Crosshead' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Plain, ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'bold' },
        { type: 'text', text: ', ' },
        { type: 'text', marks: [{ type: 'italic' }], text: 'italic' },
        { type: 'hardBreak' },
        { type: 'text', marks: [{ type: 'quote', attrs: { quoteId: 'q-specimen', speakerId: 'sp-specimen' } }], text: '“Quoted,”' },
        { type: 'text', text: ' said someone. ' },
        { type: 'text', marks: [{ type: 'quote', attrs: { quoteId: 'q-specimen-2', speakerId: null } }], text: '“Unattributed.”' },
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Smaller crosshead' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
    { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First' }] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted block' }] }] },
    { type: 'horizontalRule' },
    { type: 'paragraph' },
  ],
} as DocNode;

/** Assembled, not mounted: no view yet, so setting its state costs nothing. */
function buildEditor(): Editor {
  const editor = new Editor({
    element: null,
    extensions,
    content: SPECIMEN,
    enableCoreExtensions: bodyCoreExtensions,
    editorProps: {
      attributes: { 'aria-label': 'Body', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false', class: 'body-copy' },
      transformPastedHTML: sanitisePastedHtml,
    },
  });
  // TipTap builds the plugins afresh from this getter when the editor is mounted: each set it builds is made lean.
  const manager = editor.extensionManager;
  const built = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(manager), 'plugins')?.get;
  if (built) Object.defineProperty(manager, 'plugins', { configurable: true, get: () => leanPlugins(built.call(manager)) });
  return editor;
}

/** Sets `doc` as the editor's state, with a fresh history and its plugins in place, then renders it. */
function mountOn(editor: Editor, doc: PMNode): void {
  // Unmounted, `view.updateState` only replaces the state the view will be made from. With the plugins
  // already in it, the view's first render is its only one: TipTap's swap to its own set of plugins
  // keeps their states, so nothing on the page changes and the story is not walked again.
  // The spare keeps the plugins it was mounted with; TipTap builds its set afresh on every call.
  const plugins = editor.state.plugins.length ? editor.state.plugins : editor.extensionManager.plugins;
  editor.view.updateState(EditorState.create({ doc, plugins }));
  editor.mount(document.createElement('div'));
}

/**
 * The copy's faces, fetched before a story needs them. The library shows only the regular face; with
 * `font-display: block`, a story's first italic or bold would otherwise hold its paint until its file
 * had been read.
 */
function loadCopyFaces(): void {
  for (const face of ['400', 'italic 400', '600', '700', 'italic 700']) void document.fonts?.load(`${face} 16px "Galley Serif"`).catch(() => undefined);
}

/** After an open, the next spare waits this long: the panels and labels that follow the story go first. */
const AFTER_OPEN_MS = 1000;

let spare: Editor | null = null;
let preparing: ReturnType<typeof setTimeout> | null = null;

/** Builds the spare editor now, unless one is ready: a window opened onto a story does it while the story is still being read. */
export function prepareBodyEditorNow(): void {
  if (spare) return;
  loadCopyFaces();
  const editor = buildEditor();
  mountOn(editor, editor.state.doc);
  editor.unmount();
  spare = editor;
}

/**
 * Builds the spare editor when the window is next idle, unless one is ready or on its way; `after`
 * holds it back a moment first (after an open, so that what follows the story on screen goes first).
 */
export function prepareBodyEditor(after = 0): void {
  if (spare || preparing !== null) return;
  preparing = setTimeout(() => {
    const build = () => {
      preparing = null;
      prepareBodyEditorNow();
    };
    if ('requestIdleCallback' in globalThis) requestIdleCallback(build, { timeout: 5000 });
    else build();
  }, after);
}

/**
 * An editor holding `body`, rendered on a detached element for EditorContent to adopt: the spare when
 * there is one (then another is prepared), else one built now. Throws, touching nothing, when the
 * body does not fit the schema. The caller owns the editor and destroys it.
 */
export function takeBodyEditor(body: DocNode): Editor {
  const editor = spare ?? buildEditor();
  spare = null;
  prepareBodyEditor(AFTER_OPEN_MS);
  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(editor.schema, body);
  } catch (error) {
    editor.destroy();
    throw error;
  }
  mountOn(editor, doc);
  return editor;
}
