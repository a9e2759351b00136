// A window opened onto a story (`#article=ID`: a reload, a link, a new
// window) shows the story before the window's own code has run. The first
// script reads the story and loads this module alone: the body editor's code
// (TipTap, ProseMirror and our extensions), no React and no contract table.
// The story is set in its editor and shown at once in a plain copy of the
// open-story layout inside #root, the copy in the copy layer beside it; the
// app, evaluated a frame later, takes that same editor (story-opening.ts)
// and React's first commit replaces the plain layout with its own, the copy
// staying where it is.
//
// The body is editable from the first moment. Nothing typed is lost: it is
// in the editor the app adopts, and the adopting view hands it to the
// autosaver (and so the recovery journal) at once (`editedEarly`).
import type { Editor } from '@tiptap/core';
import type { Article } from '../../shared/article/model';
import { prepareBodyEditorNow, takeBodyEditor } from './body-editor';
import { copyLayer, showCopy } from './copy-layer';

interface Shown {
  article: Article;
  editor: Editor;
  /** The sub typed before the app arrived. */
  edited: boolean;
  stopWatching: () => void;
}

let shown: Shown | null = null;
/** Editors taken from the first view whose early edits the view must hand to the autosaver. */
const editedEarly = new WeakSet<Editor>();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/** A field above the body as the view sets it, read-only until the app's own field takes its place. */
function field(kind: 'headline' | 'standfirst' | 'byline', label: string, value: string): HTMLElement {
  const input = document.createElement(kind === 'byline' ? 'input' : 'textarea');
  input.className = `${kind}-input`;
  input.value = value;
  input.readOnly = true;
  input.tabIndex = -1;
  if (input instanceof HTMLTextAreaElement) input.rows = kind === 'headline' ? 1 : 2;
  return element('label', `field field-${kind}`, element('span', 'field-label', label), input);
}

/**
 * The formatting bar's place, kept above the body from the first view until the bar itself is drawn (the
 * open story's view draws it once its first frame is painted): without it the body came down by the bar's
 * height as it arrived. An empty bar, unseen, with one button, so it is as tall as the bar is.
 */
function keepFormatBarPlace(): void {
  const { furniture, body } = copyLayer();
  const space = element('div', 'format-bar format-bar-space', element('button', '', 'B'));
  space.setAttribute('aria-hidden', 'true');
  space.inert = true;
  space.style.visibility = 'hidden';
  body.prepend(space);
  // The bar and the place's going are in one frame: the observer runs before that frame is painted.
  const observer = new MutationObserver(() => {
    if (space.isConnected && !furniture.querySelector('.format-bar')) return;
    observer.disconnect();
    space.remove();
  });
  observer.observe(furniture, { childList: true, subtree: true });
  observer.observe(body, { childList: true });
}

/** Takes the first view's layout rule away; set by layOutOnScreenFirst. */
let layOutAll: (() => void) | null = null;

/**
 * The first view lays out only the blocks on screen and near it (content-visibility), so a 10,000-word story
 * paints as soon as a screenful would; the rest are laid out, once, when the window is first idle after the
 * app has adopted the editor, or at the sub's first scroll, whichever comes first. Kept no longer than that:
 * blocks laid out as they near the screen move what the sub is about to click (styles/app.css).
 */
function layOutOnScreenFirst(scroller: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.copy-layer .body-copy > * { content-visibility: auto; contain-intrinsic-size: auto 5lh; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const all = () => {
    if (layOutAll !== all) return;
    layOutAll = null;
    scroller.removeEventListener('scroll', all);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((kept) => kept !== sheet);
  };
  layOutAll = all;
  scroller.addEventListener('scroll', all, { once: true, passive: true });
}

/** Builds the body editor (extensions, schema, plugins) while the story is still on its way: the read then only sets and shows it. */
export function prepareFirstStory(): void {
  try {
    prepareBodyEditorNow();
  } catch {
    // showFirstStory builds one, or leaves the opening to the app, which says what is wrong
  }
}

/**
 * Sets the story in its body editor and shows it in #root, laid out as the open story is. Does
 * nothing when the page already shows something (the app came first) or when the body does not
 * fit the editor (the app's opening then says why).
 */
export function showFirstStory(article: Article): boolean {
  const root = document.getElementById('root');
  if (!root || root.childNodes.length || shown) return false;
  let editor: Editor;
  try {
    editor = takeBodyEditor(article.body);
  } catch {
    return false;
  }
  // The bar as the open story's view draws it, so nothing below moves when that view takes over: the title as
  // it shows it, after the Library button's place (kept, unseen: a button that did nothing would lose a click).
  const title = element('span', 'doc-title', ...(article.catchline ? [element('span', 'mono dim', `${article.catchline} · `)] : []), article.headline || 'Untitled');
  title.title = article.headline;
  const back = element('button', '', '← Library');
  back.setAttribute('aria-hidden', 'true');
  back.inert = true;
  back.style.visibility = 'hidden';
  // The copy itself goes in the copy layer beside #root (copy-layer.ts), over the column's place: the app's
  // view shows the same editor there, so React's first commit never moves it.
  const column = element('section', 'copy-column');
  root.append(
    element(
      'div',
      'app',
      element(
        'main',
        'editor',
        element('header', 'toolbar', back, title),
        element('div', 'editor-columns', column, element('aside', 'side-column')),
      ),
    ),
  );
  layOutOnScreenFirst(copyLayer().scroller);
  showCopy(editor, column, [field('headline', 'Headline', article.headline), field('standfirst', 'Standfirst', article.standfirst), field('byline', 'Byline', article.byline)]);
  keepFormatBarPlace();
  const entry: Shown = { article, editor, edited: false, stopWatching: () => undefined };
  const onUpdate = () => void (entry.edited = true);
  editor.on('update', onUpdate);
  entry.stopWatching = () => editor.off('update', onUpdate);
  shown = entry;
  return true;
}

/**
 * The editor shown first, for this read of its story: handed over once, to the app's opening. Its element
 * stays in the copy layer, so the caret, if the sub had it there, stays too.
 */
export function takeFirstStoryEditor(article: Article): Editor | null {
  if (shown?.article !== article) return null;
  const { editor, edited, stopWatching } = shown;
  stopWatching();
  shown = null;
  const all = layOutAll;
  if (all) requestIdleCallback(all, { timeout: 2000 });
  if (edited) editedEarly.add(editor);
  return editor;
}

/** True once for an editor the sub typed in before the app adopted it: the view then marks the draft unsaved. */
export function takeEditedEarly(editor: Editor): boolean {
  return editedEarly.delete(editor);
}
