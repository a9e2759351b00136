// The story as a reader's web page: the HTML export's own body renderer,
// quotations attributed (a hidden note for screen readers, the speaker on
// hover). Mobile is the same page at a phone's width inside a device frame.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { DocNode } from '../../shared/article/model';
import { escapeText } from '../../shared/export/xml-escape';
import { blockMarkup } from '../../shared/layout/block-markup';
import type { SpeakerName } from '../../shared/layout/speakers';
import { setChildren } from './patch';

interface Props {
  copy: { headline: string; standfirst: string; byline: string; body: DocNode };
  speakers: readonly SpeakerName[];
  device: 'desktop' | 'phone';
}

/** The page's elements: its header, then one per block of the body. */
function webPieces(copy: Props['copy'], speakers: readonly SpeakerName[]): string[] {
  const header =
    '<header>' +
    `<h1>${escapeText(copy.headline || 'Untitled')}</h1>` +
    (copy.standfirst ? `<p class="pw-standfirst">${escapeText(copy.standfirst)}</p>` : '') +
    (copy.byline ? `<p class="pw-byline">${escapeText(copy.byline)}</p>` : '') +
    '</header>';
  return [header, ...copy.body.content.map((block) => blockMarkup(block, speakers, 'hidden-text'))];
}

export function WebPreview({ copy, speakers, device }: Props) {
  const pieces = useMemo(() => webPieces(copy, speakers), [copy, speakers]);
  const pageRef = useRef<HTMLElement>(null);
  // Patched, not set (patch.ts); the export's renderer escapes every string and emits no script or handler.
  // A change of device is a new page element, filled from nothing.
  useLayoutEffect(() => {
    if (pageRef.current) setChildren(pageRef.current, pieces);
  }, [pieces, device]);
  const page = <article ref={pageRef} className="pw" lang="en-GB" />;
  // The stage scrolls: a tab stop, so the keyboard scrolls it too.
  const stage = { tabIndex: 0, role: 'region', 'aria-label': device === 'desktop' ? 'Web page' : 'Mobile device' } as const;
  if (device === 'desktop')
    return (
      <div className="preview-stage preview-web" {...stage}>
        {page}
      </div>
    );
  return (
    <div className="preview-stage preview-mobile" {...stage}>
      <div className="device" data-width="375">
        <div className="device-screen" tabIndex={0} role="region" aria-label="Mobile screen">
          {page}
        </div>
      </div>
    </div>
  );
}
