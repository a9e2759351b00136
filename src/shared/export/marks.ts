// Bold and italic arrive as flags on flat runs; markup wants them nested.
// Keeping a mark open across neighbouring runs that share it gives
// <strong>a <em>b</em> c</strong> rather than three separate <strong>s,
// which matters for Markdown, where adjacent delimiters run together.
import type { Run } from './body-blocks';

export type Mark = 'bold' | 'italic';

export type MarkNode = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'mark'; mark: Mark; children: MarkNode[] };

const ORDER: readonly Mark[] = ['bold', 'italic'];

export function nestMarks(runs: readonly Run[]): MarkNode[] {
  const root: MarkNode[] = [];
  // The open marks, outermost first, each with the children list it appends to.
  const stack: Array<{ mark: Mark; children: MarkNode[] }> = [];
  const top = () => (stack.length ? stack[stack.length - 1].children : root);

  const marksOf = (run: Run | undefined): Mark[] =>
    run?.kind === 'text' ? ORDER.filter((m) => (m === 'bold' ? run.bold : run.italic)) : [];
  // Close from the inside out until every mark still open is wanted.
  const closeUnwanted = (wanted: readonly Mark[]) => {
    while (stack.length && !stack.every((open) => wanted.includes(open.mark))) stack.pop();
  };

  runs.forEach((run, i) => {
    // A line break stays inside the marks that go on after it, and falls
    // outside those that end at it, so no emphasis ends on a line break.
    if (run.kind === 'break') {
      closeUnwanted(marksOf(runs.slice(i + 1).find((r) => r.kind === 'text')));
      top().push({ kind: 'break' });
      return;
    }
    const wanted = marksOf(run);
    closeUnwanted(wanted);
    for (const mark of wanted) {
      if (stack.some((open) => open.mark === mark)) continue;
      const node: MarkNode = { kind: 'mark', mark, children: [] };
      top().push(node);
      stack.push({ mark, children: node.children });
    }
    top().push({ kind: 'text', text: run.text });
  });
  return root;
}
