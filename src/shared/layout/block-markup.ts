// Each top-level block of the body as HTML, by the export's tested renderer,
// kept for as long as the block object lives. A block's markup depends on
// the block and the speakers' names alone (a quote is attributed by its
// speaker, never by its place in a run-on quotation), so when the preview
// reads the editor's document with the untouched blocks' JSON kept, a
// refresh renders the paragraph the sub typed in and reuses the rest.
import type { BlockNode } from '../article/model';
import { bodyBlocks } from '../export/body-blocks';
import { blocksHtml, type Attribution } from '../export/html';
import type { Speaker } from '../speakers/model';
import { asSpeakers, type SpeakerName } from './speakers';

interface Rendered {
  speakers: Speaker[];
  html: Record<Attribution, WeakMap<BlockNode, string>>;
}

const rendered = new WeakMap<readonly SpeakerName[], Rendered>();

/** A block's markup: one element, without the newline the renderer writes after it. */
export function blockMarkup(block: BlockNode, speakers: readonly SpeakerName[], attribution: Attribution): string {
  let cache = rendered.get(speakers);
  if (!cache) rendered.set(speakers, (cache = { speakers: asSpeakers(speakers), html: { attributes: new WeakMap(), 'hidden-text': new WeakMap() } }));
  let html = cache.html[attribution].get(block);
  if (html === undefined) {
    html = blocksHtml(bodyBlocks({ type: 'doc', content: [block] }, cache.speakers).blocks, attribution).replace(/\n$/, '');
    cache.html[attribution].set(block, html);
  }
  return html;
}
