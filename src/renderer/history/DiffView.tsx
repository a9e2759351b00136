// What changed, shown in the copy itself: inline (the newer text with its
// insertions marked and the words taken out struck through where they stood)
// or side by side (the older text with its deletions marked, the newer with
// its insertions). Read-only ProseMirror views of the shared body schema, so
// the copy is set as the editor sets it, crossheads, lists and quotes included.
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, EditorView } from '@tiptap/pm/view';
import { useEffect, useRef } from 'react';
import type { BodyChange } from '../../shared/history/compare';

export type DiffLayout = 'inline' | 'side-by-side';

interface Props {
  older: PMNode;
  newer: PMNode;
  changes: readonly BodyChange[];
  layout: DiffLayout;
  olderLabel: string;
  newerLabel: string;
}

export function DiffView({ older, newer, changes, layout, olderLabel, newerLabel }: Props) {
  if (layout === 'inline') {
    return (
      <div className="history-diff inline" aria-label="Changes in the copy">
        <CopyView doc={newer} changes={changes} kind="inline" label={`${newerLabel}, with what changed since ${olderLabel}`} />
      </div>
    );
  }
  return (
    <div className="history-diff side-by-side">
      <div>
        <h3 className="history-side-title">{olderLabel}</h3>
        <CopyView doc={older} changes={changes} kind="older" label={olderLabel} />
      </div>
      <div>
        <h3 className="history-side-title">{newerLabel}</h3>
        <CopyView doc={newer} changes={changes} kind="newer" label={newerLabel} />
      </div>
    </div>
  );
}

type Kind = 'inline' | 'older' | 'newer';

function CopyView({ doc, changes, kind, label }: { doc: PMNode; changes: readonly BodyChange[]; kind: Kind; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const set =
      kind === 'inline'
        ? inlineDecorations(doc, changes)
        : kind === 'older'
          ? marked(doc, changes.map((c) => [c.fromA, c.toA]), 'history-del')
          : marked(doc, changes.map((c) => [c.fromB, c.toB]), 'history-ins');
    const view = new EditorView(host.current, {
      state: EditorState.create({ doc }),
      editable: () => false,
      decorations: () => set,
      attributes: { class: 'body-copy history-copy', 'aria-label': label, role: 'document' },
    });
    return () => view.destroy();
  }, [doc, changes, kind, label]);
  return <div ref={host} />;
}

function marked(doc: PMNode, ranges: Array<[number, number]>, className: string): DecorationSet {
  return DecorationSet.create(
    doc,
    ranges.filter(([from, to]) => to > from).map(([from, to]) => Decoration.inline(from, to, { class: className })),
  );
}

function inlineDecorations(doc: PMNode, changes: readonly BodyChange[]): DecorationSet {
  const decorations: Decoration[] = [];
  changes.forEach((change, index) => {
    if (change.deleted) {
      decorations.push(
        Decoration.widget(change.fromB, () => {
          const del = document.createElement('del');
          del.className = 'history-del';
          del.textContent = change.deleted;
          return del;
        }, { side: -1, key: `del-${index}-${change.deleted.length}` }),
      );
    }
    if (change.toB > change.fromB) decorations.push(Decoration.inline(change.fromB, change.toB, { class: 'history-ins' }));
  });
  return DecorationSet.create(doc, decorations);
}
