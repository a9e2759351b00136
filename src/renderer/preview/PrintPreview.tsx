// The story set in its slot, as the page will print it: the shared print
// markup and stylesheet (src/shared/layout), laid out by the browser itself,
// scaled to fit the pane with a transform so the layout is untouched. After
// each layout, copyfit reads the columns back (copyfit.ts).
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { printStylesheet } from '../../shared/layout/print-css';
import { printMarkup, type PrintCopy } from '../../shared/layout/print-markup';
import { pageSizeMm, slotWidthMm } from '../../shared/layout/slot';
import type { SpeakerName } from '../../shared/layout/speakers';
import type { LayoutTemplate, Slot } from '../../shared/layout/template';
import { mmToPx } from '../../shared/layout/units';
import { measureCopyfit, type CopyfitMeasurement } from './copyfit';

interface Props {
  copy: PrintCopy;
  /** The editor document `copy.body` was read from. */
  doc: PMNode;
  speakers: readonly SpeakerName[];
  template: LayoutTemplate;
  slot: Slot;
  pullQuoteId: string | null;
  /** Still laid out and measured, but not shown: copyfit goes on while the sub looks at the web view. */
  hidden: boolean;
  onMeasured(measurement: CopyfitMeasurement, doc: PMNode): void;
}

const STAGE_PADDING_PX = 24;

export function PrintPreview({ copy, doc, speakers, template, slot, pullQuoteId, hidden, onMeasured }: Props) {
  const markup = useMemo(() => printMarkup(copy, speakers, template, { pullQuoteId }), [copy, speakers, template, pullQuoteId]);
  const stylesheet = useMemo(() => printStylesheet(template, slot), [template, slot]);
  const stageRef = useRef<HTMLDivElement>(null);
  const proofRef = useRef<HTMLDivElement>(null);
  const [stageWidth, setStageWidth] = useState(0);
  const [measured, setMeasured] = useState<CopyfitMeasurement | null>(null);
  const [fontsLoaded, setFontsLoaded] = useState(0);
  const report = useRef(onMeasured);
  report.current = onMeasured;

  const page = pageSizeMm(template, slot);
  const marginPx = mmToPx(template.grid.marginMm);
  const pageWidthPx = mmToPx(page.widthMm);
  const pageHeightPx = mmToPx(page.heightMm);
  const scale = stageWidth > 0 ? Math.min(1, (stageWidth - 2 * STAGE_PADDING_PX) / pageWidthPx) : 1;

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
    if (!proof?.firstElementChild) return;
    const result = measureCopyfit(proof.firstElementChild as HTMLElement, doc);
    setMeasured(result);
    report.current(result, doc);
  }, [markup, stylesheet, doc, fontsLoaded]);

  const over = measured && measured.overflowColumns > 0;
  return (
    <div ref={stageRef} className={`preview-stage preview-print${hidden ? ' preview-offstage' : ''}`} aria-hidden={hidden || undefined}>
      <div className="preview-sheet" style={{ width: pageWidthPx * scale, height: pageHeightPx * scale }}>
        <div className="preview-paper" style={{ width: pageWidthPx, height: pageHeightPx, padding: marginPx, transform: `scale(${scale})` }}>
          <style>{stylesheet}</style>
          {/* The markup is the shared print renderer's: every string in it escaped, no script. */}
          <div ref={proofRef} className="preview-proof" dangerouslySetInnerHTML={{ __html: markup }} />
          {over && measured ? (
            <div
              className="preview-overmatter-zone"
              aria-hidden="true"
              style={{
                left: marginPx + mmToPx(slotWidthMm(template, slot.columns)),
                top: marginPx + measured.bodyTopPx,
                width: measured.overflowColumns * measured.columnPitchPx,
                height: measured.bodyHeightPx,
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
