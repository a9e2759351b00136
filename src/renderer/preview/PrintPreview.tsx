// The story set in its slot, as the page will print it: the shared print
// markup and stylesheet (src/shared/layout), laid out by the browser itself,
// scaled to fit the pane with a transform so the layout is untouched. After
// each layout, copyfit reads the columns back (copyfit.ts).
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BodyHyphenator } from '../../shared/layout/hyphenate-blocks';
import { printStylesheet } from '../../shared/layout/print-css';
import { printParts, type PrintCopy } from '../../shared/layout/print-markup';
import { pageSizeMm, slotWidthMm } from '../../shared/layout/slot';
import type { SpeakerName } from '../../shared/layout/speakers';
import type { LayoutTemplate, Slot } from '../../shared/layout/template';
import { mmToPx } from '../../shared/layout/units';
import { measureCopyfit, type CopyfitMeasurement } from './copyfit';
import { setProof } from './proof';

interface Props {
  copy: PrintCopy;
  /** The editor document `copy.body` was read from. */
  doc: PMNode;
  speakers: readonly SpeakerName[];
  template: LayoutTemplate;
  slot: Slot;
  pullQuoteId: string | null;
  /** Soft hyphens for a justified body; null sets it without. */
  hyphenator: BodyHyphenator | null;
  /** Still laid out and measured, but not shown: copyfit goes on while the sub looks at the web view. */
  hidden: boolean;
  onMeasured(measurement: CopyfitMeasurement, doc: PMNode, setIn: SetIn): void;
}

/** The layout a measurement was taken in. */
export interface SetIn {
  template: LayoutTemplate;
  slot: Slot;
}

const STAGE_PADDING_PX = 24;
/**
 * Overflow columns shown beside the slot; the rest are laid out and measured
 * but clipped. Every column shown is painted again in each frame, the sub's
 * keystrokes included (a 10,000-word story sets twenty), and the figure and
 * the copy struck through in the editor already say how much is over.
 */
const SHOWN_OVERFLOW_COLUMNS = 1;

/** The page scaled to fit the pane (overmatter zone included), or a fixed zoom the sub chose. */
type Zoom = 'fit' | number;
const ZOOMS = [0.5, 0.75, 1, 1.5];

export function PrintPreview({ copy, doc, speakers, template, slot, pullQuoteId, hyphenator, hidden, onMeasured }: Props) {
  const parts = useMemo(
    () => printParts(copy, speakers, template, { pullQuoteId, hyphenator, language: hyphenator?.locale }),
    [copy, speakers, template, pullQuoteId, hyphenator],
  );
  const stylesheet = useMemo(() => printStylesheet(template, slot), [template, slot]);
  const stageRef = useRef<HTMLDivElement>(null);
  const proofRef = useRef<HTMLDivElement>(null);
  const [stageWidth, setStageWidth] = useState(0);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [measured, setMeasured] = useState<(SetIn & { measurement: CopyfitMeasurement }) | null>(null);
  const [fontsLoaded, setFontsLoaded] = useState(0);
  const report = useRef(onMeasured);
  report.current = onMeasured;

  const page = pageSizeMm(template, slot);
  const marginPx = mmToPx(template.grid.marginMm);
  const pageWidthPx = mmToPx(page.widthMm);
  const pageHeightPx = mmToPx(page.heightMm);
  const shownOverflowPx = SHOWN_OVERFLOW_COLUMNS * mmToPx(template.grid.columnWidthMm + template.grid.gutterMm);
  // What must be seen: the page and, past the slot's edge, the overmatter zone (which may run off the page).
  const contentWidthPx = Math.max(pageWidthPx, marginPx + mmToPx(slotWidthMm(template, slot.columns)) + shownOverflowPx);
  const fitScale = stageWidth > 0 ? Math.min(1, (stageWidth - 2 * STAGE_PADDING_PX) / contentWidthPx) : 1;
  const scale = zoom === 'fit' ? fitScale : zoom;

  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const observer = new ResizeObserver(([entry]) => setStageWidth(entry.contentRect.width + 2 * STAGE_PADDING_PX));
    observer.observe(stage);
    return () => observer.disconnect();
  }, []);

  // A face that arrives after the first layout changes every line: measure again when it does.
  useEffect(() => {
    const again = () => setFontsLoaded((n) => n + 1);
    document.fonts.addEventListener('loadingdone', again);
    void document.fonts.ready.then(again);
    return () => document.fonts.removeEventListener('loadingdone', again);
  }, []);

  useLayoutEffect(() => {
    const proof = proofRef.current;
    if (!proof) return;
    setProof(proof, parts);
    // Read back once the browser has laid the proof out for its next frame:
    // the columns are then measured without a layout of their own, and the
    // refresh is two short tasks with a frame between, not one long one.
    return afterNextFrame(() => {
      const measurement = measureCopyfit(proof.firstElementChild as HTMLElement, doc);
      setMeasured({ measurement, template, slot });
      report.current(measurement, doc, { template, slot });
    });
  }, [parts, template, slot, doc, fontsLoaded]);

  // Shaded only where the measurement was taken: a new slot is set at once and measured a frame later.
  const current = measured && measured.template === template && measured.slot === slot ? measured.measurement : null;
  const over = current && current.overflowColumns > 0 ? current : null;
  // A head deeper than the slot: the paper grows to hold it, and the part past the slot's foot is marked.
  const headOverrunPx = current ? Math.ceil(current.headOverrunPx) : 0;
  const paperHeightPx = pageHeightPx + (headOverrunPx > 0 ? Math.ceil(current!.spillPx) : 0);
  const slotFootPx = marginPx + mmToPx(slot.depthCm * 10);
  return (
    // The stage scrolls (a zoomed page, overmatter to the right): a tab stop, so the keyboard scrolls it too.
    <div
      ref={stageRef}
      className={`preview-stage preview-print${hidden ? ' preview-offstage' : ''}`}
      aria-hidden={hidden || undefined}
      tabIndex={hidden ? -1 : 0}
      role={hidden ? undefined : 'region'}
      aria-label={hidden ? undefined : 'Print page'}
    >
      <label className="preview-zoom">
        Zoom{' '}
        <select value={String(zoom)} onChange={(e) => setZoom(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}>
          <option value="fit">Fit ({Math.round(fitScale * 100)}%)</option>
          {ZOOMS.map((z) => (
            <option key={z} value={String(z)}>
              {z * 100}%
            </option>
          ))}
        </select>
      </label>
      <div className="preview-sheet" style={{ width: contentWidthPx * scale, height: paperHeightPx * scale }}>
        <div className="preview-paper" style={{ width: pageWidthPx, height: paperHeightPx, padding: marginPx, transform: `scale(${scale})` }}>
          <style>{stylesheet}</style>
          {/* Filled by setProof with the shared print renderer's markup: every string in it escaped, no script. */}
          <div ref={proofRef} className="preview-proof" style={{ overflow: 'clip', overflowClipMargin: Math.max(shownOverflowPx, Math.ceil(current?.spillPx ?? 0) + 2) }} />
          {headOverrunPx > 0 ? (
            <div
              className="preview-head-overrun"
              // Everything past the foot is outside the slot: the head's overrun and the copy it pushed down.
              style={{ left: marginPx, top: slotFootPx, width: mmToPx(slotWidthMm(template, slot.columns)), height: Math.ceil(current!.spillPx) }}
            >
              <span>Headline past the slot</span>
            </div>
          ) : null}
          {over ? (
            <div
              className="preview-overmatter-zone"
              aria-hidden="true"
              style={{
                left: marginPx + mmToPx(slotWidthMm(template, slot.columns)),
                top: marginPx + over.bodyTopPx,
                width: Math.min(over.overflowColumns, SHOWN_OVERFLOW_COLUMNS) * over.columnPitchPx,
                // A body squeezed to nothing by the head still sets a line or two in its overflow columns.
                height: Math.max(over.bodyHeightPx, over.spillPx - over.headOverrunPx),
              }}
            >
              <span>Overmatter</span>
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** A hidden or minimised window draws no frames; copyfit is measured all the same, after this long. */
const NO_FRAME_MS = 250;

/** Runs `run` once, in a task of its own after the browser's next frame; returns a function that cancels it. */
function afterNextFrame(run: () => void): () => void {
  const channel = new MessageChannel();
  let sent = false;
  const send = () => {
    if (!sent) channel.port2.postMessage(null);
    sent = true;
  };
  channel.port1.onmessage = run;
  const frame = requestAnimationFrame(send);
  const timer = setTimeout(send, NO_FRAME_MS);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.onmessage = null;
    channel.port1.close();
  };
}
