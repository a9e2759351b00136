// The story as a reader's web page: the HTML export's own body renderer,
// quotations attributed (a hidden note for screen readers, the speaker on
// hover). Mobile is the same page at a phone's width inside a device frame.
import { useMemo } from 'react';
import type { DocNode } from '../../shared/article/model';
import { bodyBlocks } from '../../shared/export/body-blocks';
import { blocksHtml } from '../../shared/export/html';
import { escapeText } from '../../shared/export/xml-escape';
import { asSpeakers, type SpeakerName } from '../../shared/layout/speakers';

interface Props {
  copy: { headline: string; standfirst: string; byline: string; body: DocNode };
  speakers: readonly SpeakerName[];
  device: 'desktop' | 'phone';
}

export function webMarkup(copy: Props['copy'], speakers: readonly SpeakerName[]): string {
  return (
    '<header>' +
    `<h1>${escapeText(copy.headline || 'Untitled')}</h1>` +
    (copy.standfirst ? `<p class="pw-standfirst">${escapeText(copy.standfirst)}</p>` : '') +
    (copy.byline ? `<p class="pw-byline">${escapeText(copy.byline)}</p>` : '') +
    '</header>' +
    blocksHtml(bodyBlocks(copy.body, asSpeakers(speakers)).blocks, 'hidden-text')
  );
}

export function WebPreview({ copy, speakers, device }: Props) {
  const markup = useMemo(() => webMarkup(copy, speakers), [copy, speakers]);
  // The export's renderer escapes every string and emits no script or handler.
  const page = <article className="pw" lang="en-GB" dangerouslySetInnerHTML={{ __html: markup }} />;
  if (device === 'desktop') return <div className="preview-stage preview-web">{page}</div>;
  return (
    <div className="preview-stage preview-mobile">
      <div className="device" data-width="375">
        <div className="device-screen">{page}</div>
      </div>
    </div>
  );
}
