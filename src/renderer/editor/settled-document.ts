// The settled document: the body as it stands once the sub pauses, published
// once to everything that reads the whole story — counts, the quote model,
// the preview, the toolbar's lit buttons, and the checks and compare panels
// to come. The typing path only restarts one timer here; the document is
// read when the timer runs out and the browser is idle, and its JSON is made
// block by block, so a pause after typing in one paragraph converts that
// paragraph alone.
//
// A new document consumer subscribes here rather than to the editor's own
// events:
//
//   const stop = settledDocument(editor).subscribe(({ doc, json, changed }) => …);
//
// and calls `stop()` when it goes. It is called once soon after it subscribes
// (when the window is next idle) and again after every pause in which the
// document changed; `changed` lists the blocks it may skip re-reading.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockNode, DocNode } from '../../shared/article/model';
import { pauseTimer } from './pause-timer';

/** How long typing must pause before the document is published. */
export const SETTLE_MS = 250;
/** The longest the browser's idle moment is waited for after the pause. */
const IDLE_TIMEOUT_MS = 500;
/** The longest the toolbar trails a caret move (a move changes no document: no pause is waited for). */
const SELECTION_WAIT_MS = 100;

/** One publication of the settled document. */
export interface Settled {
  /** The editor's document as it stood when published. */
  doc: PMNode;
  /** `doc` as the article model's JSON, editor.getJSON()'s shape; shared, never to be mutated. */
  json: DocNode;
  /**
   * Indices (in `doc`) of the top-level blocks that are new since the previous publication: a
   * consumer that keeps a result per block reads these again and keeps the others. A subscriber's
   * first call lists every block.
   */
  changed: readonly number[];
}

/** Options of a subscription. */
export interface SettledOptions {
  /** Also called, with the same document, after a caret or selection move: the toolbar follows the caret. */
  selection?: boolean;
}

/** The settled-document source of one editor. */
export interface SettledSource {
  /** Calls `listener` with the document once it has settled, now (when idle) and after each pause; returns the unsubscribe. */
  subscribe(listener: (settled: Settled) => void, options?: SettledOptions): () => void;
  /** The document as it stands now, without waiting for the pause (a save must hold every key typed): JSON made only for blocks not converted before. `changed` is empty. */
  read(): Settled;
}

// ProseMirror shares the blocks an edit did not touch between documents, so
// each block's JSON is kept for as long as its node lives: a refresh of a
// 10,000-word story converts the paragraph the sub typed in, and the print
// markup, which caches by block, knows the others by identity.
const blockJson = new WeakMap<PMNode, BlockNode>();

/** The document as the article model's JSON, each block converted once for as long as its node lives. */
export function docJson(doc: PMNode): DocNode {
  const content: BlockNode[] = [];
  doc.forEach((block) => {
    let json = blockJson.get(block);
    if (!json) blockJson.set(block, (json = block.toJSON() as BlockNode));
    content.push(json);
  });
  return { type: 'doc', content };
}

// jsdom (the unit tests) has no idle callbacks: there the idle moment is the next task.
const onIdle: (run: () => void, options: { timeout: number }) => number = globalThis.requestIdleCallback?.bind(globalThis) ?? ((run) => setTimeout(run, 0) as unknown as number);
const cancelIdle: (handle: number) => void = globalThis.cancelIdleCallback?.bind(globalThis) ?? ((handle) => clearTimeout(handle));

const sources = new WeakMap<Editor, SettledSource>();

/** The one settled-document source of `editor`: every consumer of the same editor shares it. */
export function settledDocument(editor: Editor): SettledSource {
  let source = sources.get(editor);
  if (!source) sources.set(editor, (source = createSource(editor)));
  return source;
}

/** The indices of `doc`'s blocks that are not in `seen` (every block when nothing was seen). */
function changedSince(seen: PMNode | null, doc: PMNode): number[] {
  const before = new Set<PMNode>();
  seen?.forEach((block) => before.add(block));
  const changed: number[] = [];
  doc.forEach((block, _offset, index) => before.has(block) || changed.push(index));
  return changed;
}

function createSource(editor: Editor): SettledSource {
  /** Each subscriber with its options and the document it was last given, so `changed` is what is new to it. */
  const listeners = new Map<(settled: Settled) => void, { options: SettledOptions; seen: PMNode | null }>();
  /** The document has changed since the last publication (else only the selection has moved). */
  let docMoved = false;
  let idle: number | null = null;

  const publish = () => {
    idle = null;
    if (editor.isDestroyed) return;
    const selectionOnly = !docMoved;
    docMoved = false;
    const doc = editor.state.doc;
    const json = docJson(doc);
    // Subscribers that saw the same document share one publication.
    const bySeen = new Map<PMNode | null, Settled>();
    for (const [listener, held] of [...listeners]) {
      if (selectionOnly && !held.options.selection) continue;
      let settled = bySeen.get(held.seen);
      if (!settled) bySeen.set(held.seen, (settled = { doc, json, changed: changedSince(held.seen, doc) }));
      held.seen = doc;
      listener(settled);
    }
  };

  const whenIdle = (timeout: number) => {
    if (idle === null) idle = onIdle(publish, { timeout });
  };
  const pause = pauseTimer(SETTLE_MS, () => whenIdle(IDLE_TIMEOUT_MS));
  const cancel = () => {
    pause.cancel();
    if (idle !== null) cancelIdle(idle);
    idle = null;
  };

  // The typing path: the time of the change noted, nothing read. An idle publication already asked
  // for waits for the pause too: a key typed after it was asked for would otherwise go out mid-burst.
  const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
    if (transaction.docChanged) {
      docMoved = true;
      if (idle !== null) {
        cancelIdle(idle);
        idle = null;
      }
      pause.touch();
    } else if (!docMoved && !pause.pending) whenIdle(SELECTION_WAIT_MS);
  };

  return {
    subscribe(listener, options = {}) {
      if (!listeners.size) editor.on('transaction', onTransaction);
      const held = { options, seen: null as PMNode | null };
      listeners.set(listener, held);
      // A new subscriber hears the document as it stands, when the window is next idle.
      const first = onIdle(() => {
        if (editor.isDestroyed || listeners.get(listener) !== held || held.seen) return;
        const doc = editor.state.doc;
        held.seen = doc;
        listener({ doc, json: docJson(doc), changed: changedSince(null, doc) });
      }, { timeout: IDLE_TIMEOUT_MS });
      return () => {
        cancelIdle(first);
        listeners.delete(listener);
        if (listeners.size) return;
        editor.off('transaction', onTransaction);
        cancel();
        docMoved = false;
      };
    },
    read: () => {
      const doc = editor.state.doc;
      return { doc, json: docJson(doc), changed: [] };
    },
  };
}
