// The preview a sub keeps beside the copy: Print (the story set in its slot,
// copyfitted), Web (a reader's page) and Mobile (the same at phone width).
// It follows the editor after a pause in typing and never on a keystroke;
// copyfit marks the overmatter in the editor through the Overmatter extension.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { CopyfitResult } from '../../shared/layout/copyfit';
import { pullQuoteChoices } from '../../shared/layout/pull-quote';
import { clampSlot } from '../../shared/layout/slot';
import type { LayoutTemplate, Slot } from '../../shared/layout/template';
import { readChoices, writeChoices, type PreviewChoices } from './choices';
import type { CopyfitMeasurement } from './copyfit';
import { loadLayouts, type LoadedLayouts } from './layouts';
import { NumberField } from './NumberField';
import { screenMeasures } from './screen-measures';
import { overmatterFrom } from '../editor/overmatter-plugin';
import { PrintPreview, type SetIn } from './PrintPreview';
import { useDocSnapshot, usePaused } from './snapshot';
import { useHyphenator } from './use-hyphenator';
import { WebPreview } from './WebPreview';
import { takeUpPendingSelection } from '../editor/pending-selection';
import { messageOf } from '../../shared/message-of';

export type { CopyfitResult } from '../../shared/layout/copyfit';

export interface PreviewPaneProps {
  editor: Editor;
  article: { id: string; headline: string; standfirst: string; byline: string };
  speakers: Array<{ id: string; name: string }>;
  onCopyfit?(fit: CopyfitResult): void;
}

const MODES = [
  { id: 'print', label: 'Print' },
  { id: 'web', label: 'Web' },
  { id: 'mobile', label: 'Mobile' },
] as const;
type Mode = (typeof MODES)[number]['id'];

type Fields = PreviewPaneProps['article'];
const sameFields = (a: Fields, b: Fields) => a.headline === b.headline && a.standfirst === b.standfirst && a.byline === b.byline;

export function PreviewPane({ editor, article, speakers: speakersProp, onCopyfit }: PreviewPaneProps) {
  // Held by value: a new array with the same people must not set the story again.
  const speakersKey = speakersProp.map((s) => `${s.id}\u0000${s.name}`).join('\u0001');
  const speakers = useMemo(() => speakersProp.map(({ id, name }) => ({ id, name })), [speakersKey]);
  const [layouts, setLayouts] = useState<LoadedLayouts | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('print');
  const [choices, setChoicesState] = useState<PreviewChoices>(() => readChoices(article.id));
  // The figure and the layout and document it was measured in, so that the header never pairs a new slot with an old figure.
  const [fit, setFit] = useState<(SetIn & { measurement: CopyfitMeasurement; doc: PMNode }) | null>(null);

  useEffect(() => {
    let live = true;
    loadLayouts().then(
      (loaded) => live && setLayouts(loaded),
      (error: unknown) => live && setLoadError(`The layouts could not be loaded: ${messageOf(error)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => setChoicesState(readChoices(article.id)), [article.id]);
  const setChoices = useCallback(
    (next: PreviewChoices) => {
      setChoicesState(next);
      writeChoices(article.id, next);
    },
    [article.id],
  );

  const hyphenation = useHyphenator();
  const snapshot = useDocSnapshot(editor);
  const fields = usePaused(article, sameFields);
  const copy = useMemo(
    () => ({ headline: fields.headline, standfirst: fields.standfirst, byline: fields.byline, body: snapshot.json }),
    [fields.headline, fields.standfirst, fields.byline, snapshot.json],
  );
  const quotes = useMemo(() => pullQuoteChoices(snapshot.json, speakers), [snapshot.json, speakers]);

  const template: LayoutTemplate | null = layouts?.templates.find((t) => t.id === choices.templateId) ?? layouts?.templates[0] ?? null;
  const slotKey = template ? JSON.stringify(clampSlot(template, choices.slot ?? template.slot)) : '';
  const slot = useMemo<Slot | null>(() => (slotKey ? (JSON.parse(slotKey) as Slot) : null), [slotKey]);
  const pullQuoteId = quotes.some((q) => q.quoteId === choices.pullQuoteId) ? choices.pullQuoteId : null;

  const onMeasured = useCallback(
    (measurement: CopyfitMeasurement, doc: PMNode, setIn: SetIn) => {
      setFit({ ...setIn, measurement, doc });
      const { state, lines, words, message, overmatterFrom: from } = measurement;
      onCopyfit?.({ state, lines, words, message, overmatterFrom: from });
      // A measurement of an older document than the editor's is superseded by the one already scheduled.
      if (editor.isDestroyed || editor.state.doc !== doc || editor.view.composing) return;
      if (overmatterFrom(editor.state) !== from) {
        takeUpPendingSelection(editor.view);
        editor.commands.setOvermatter(from);
      }
    },
    [editor, onCopyfit],
  );

  // The mark belongs to the preview: it goes when the preview closes.
  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.setOvermatter(null);
    },
    [editor],
  );

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = MODES[(MODES.findIndex((m) => m.id === mode) + step + MODES.length) % MODES.length];
    setMode(next.id);
    (event.currentTarget.parentElement?.querySelector(`[data-mode="${next.id}"]`) as HTMLElement | null)?.focus();
  };

  const screen = mode === 'print' ? null : screenMeasures(mode === 'mobile' ? 'mobile' : 'web', fields.headline, snapshot.json);
  const headlineOver = fit && fit.measurement.headlineLines > fit.template.headline.maxLines;
  // Busy from the moment the proof is set until it is measured: a frame or two after each refresh.
  const measuring = !!template && !!slot && (!fit || fit.doc !== snapshot.doc || fit.template !== template || fit.slot !== slot);

  return (
    <section className="preview-pane" aria-label="Preview">
      <div className="preview-head">
        <div className="preview-tabs" role="tablist" aria-label="Preview mode">
          {MODES.map((m) => (
            <button
              key={m.id}
              type="button"
              role="tab"
              data-mode={m.id}
              aria-selected={mode === m.id}
              tabIndex={mode === m.id ? 0 : -1}
              onClick={() => setMode(m.id)}
              onKeyDown={onTabKey}
            >
              {m.label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        {mode !== 'print' ? (
          <span className={`copyfit ${screen!.headlineOver ? 'copyfit-over' : 'copyfit-fits'}`} role="status" aria-live="polite" aria-label={`${MODES.find((m) => m.id === mode)!.label} measures`}>
            {screen!.message}
          </span>
        ) : (
        <span
          className={`copyfit copyfit-${fit?.measurement.state ?? 'pending'}`}
          role="status"
          aria-live="polite"
          aria-label="Copyfit"
          aria-busy={measuring || undefined}
          title={fit ? `${fit.template.name}, ${fit.slot.columns} col × ${fit.slot.depthCm} cm` : undefined}
        >
          {fit ? fit.measurement.message : '…'}
        </span>
        )}
      </div>

      {/* Print's slot and pull quote; a screen has neither. */}
      <div className="preview-controls" hidden={mode !== 'print'}>
        <span className="preview-field">
          <label htmlFor={`${article.id}-layout`}>Layout</label>
          <select
            id={`${article.id}-layout`}
            value={template?.id ?? ''}
            disabled={!layouts}
            onChange={(e) => setChoices({ ...choices, templateId: e.target.value, slot: null })}
          >
            {layouts?.templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </span>
        {template && slot ? (
          <>
            <NumberField
              label="Columns"
              value={slot.columns}
              min={1}
              max={template.grid.columns}
              step={1}
              onChange={(columns) => setChoices({ ...choices, templateId: template.id, slot: clampSlot(template, { ...slot, columns }) })}
            />
            <NumberField
              label="Depth"
              unit="cm"
              value={slot.depthCm}
              min={2}
              max={template.grid.pageDepthCm}
              step={0.5}
              onChange={(depthCm) => setChoices({ ...choices, templateId: template.id, slot: clampSlot(template, { ...slot, depthCm }) })}
            />
          </>
        ) : null}
        <span className="preview-field preview-field-grow">
          <label htmlFor={`${article.id}-pull`}>Pull quote</label>
          <select id={`${article.id}-pull`} value={pullQuoteId ?? ''} onChange={(e) => setChoices({ ...choices, pullQuoteId: e.target.value || null })}>
            <option value="">None</option>
            {quotes.map((q) => (
              <option key={q.quoteId} value={q.quoteId}>
                {clip(q.text, 56)}
                {q.speaker ? ` — ${q.speaker}` : ' — unattributed'}
              </option>
            ))}
          </select>
        </span>
      </div>

      {mode === 'print' && headlineOver ? (
        <p className="preview-warning" role="alert">
          The headline runs to {fit.measurement.headlineLines} lines; {fit.template.name.toLowerCase()} allows {fit.template.headline.maxLines} at {fit.slot.columns} columns.
        </p>
      ) : null}
      {layouts?.problems.map((p) => (
        <p key={p} className="preview-warning">
          {p}
        </p>
      ))}
      {hyphenation.problem ? <p className="preview-warning">{hyphenation.problem}</p> : null}
      {loadError ? (
        <p className="preview-warning" role="alert">
          {loadError}
        </p>
      ) : null}

      <div className="preview-body" role="tabpanel" aria-label={MODES.find((m) => m.id === mode)!.label}>
        {template && slot && hyphenation.ready ? (
          <PrintPreview
            copy={copy}
            doc={snapshot.doc}
            speakers={speakers}
            template={template}
            slot={slot}
            pullQuoteId={pullQuoteId}
            hyphenator={hyphenation.hyphenator}
            hidden={mode !== 'print'}
            onMeasured={onMeasured}
          />
        ) : (
          !loadError && <p className="preview-loading">Loading layouts…</p>
        )}
        {mode !== 'print' ? <WebPreview copy={copy} speakers={speakers} device={mode === 'mobile' ? 'phone' : 'desktop'} /> : null}
      </div>
    </section>
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…”` : text);
