// The quote checks, each linked to its place in the text, after the desk's
// advice on fields that run long (which never stops a save).
import type { Editor } from '@tiptap/react';
import type { FieldAdvice } from '../../shared/article/field-advice';
import { useMemo } from 'react';
import type { QuoteRecord, SourceMaterial } from '../../shared/article/model';
import { checkQuotes } from '../../shared/quotes/checks';
import { textblocksOf, toRange } from './positions';
import { useSpeakers } from './speakers-context';
import type { QuoteModel } from './use-quote-model';

interface Props {
  editor: Editor;
  model: QuoteModel;
  /** The desk's advice on fields that run long (never a reason to refuse a save). */
  advice?: FieldAdvice[];
  /** The story's source material and the sub's judgements: quotes that differ from the source are listed too. */
  sources?: SourceMaterial[];
  records?: QuoteRecord[];
}

export function ChecksPanel({ editor, model, advice = [], sources = [], records = [] }: Props) {
  const { speakers } = useSpeakers();
  const checks = useMemo(
    () => checkQuotes({ paragraphs: model.paragraphs, tagged: model.tagged, speakers, sources, records }),
    [model, speakers, sources, records],
  );

  const show = (paragraph: number, start: number, end: number) => {
    const range = toRange(textblocksOf(editor.state.doc), paragraph, start, end);
    if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };

  return (
    <section className="panel checks-panel" aria-label="Checks">
      <div className="panel-head">
        <h2 className="panel-title">Checks</h2>
        <span className={`count ${checks.length + advice.length ? 'warn' : ''}`}>{checks.length + advice.length}</span>
      </div>
      {advice.length > 0 && (
        <ul className="check-list" aria-label="Field advice">
          {advice.map((a) => (
            <li key={a.field} className="check-advice">
              {a.message}
            </li>
          ))}
        </ul>
      )}
      {checks.length === 0 ? (
        <p className="dim empty-note">No problems found with the quotes.</p>
      ) : (
        <ol className="check-list">
          {checks.map((c, i) => (
            <li key={`${c.kind}-${c.paragraph}-${c.start}-${i}`}>
              <button type="button" className={`check check-${c.kind}`} onClick={() => show(c.paragraph, c.start, c.end)}>
                <span className="check-where">¶{c.paragraph + 1}</span>
                <span>{c.message}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
