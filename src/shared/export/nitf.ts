// NITF 3.6, the IPTC's XML for a news story, as wire desks and archives take
// it: head (title, docdata: doc-id, date.issue, keywords, the people quoted),
// body.head (headline, byline, standfirst as the abstract) and body.content.
// Each tagged quote is a <q quote-source="Speaker Name">, which is where the
// standard puts the person quoted; each speaker's first mention in the copy
// is marked as a <person> carrying their Galley URI.
import type { Article } from '../article/model';
import type { Speaker } from '../speakers/model';
import { bodyBlocks, quoteStretches, type Block, type Inline } from './body-blocks';
import { articleUri, SPEAKER_SCHEME, speakerUri } from './ids';
import { nestMarks, type MarkNode } from './marks';
import { resolveOptions, type ExportOptions } from './options';
import { attrs, escapeText } from './xml-escape';

export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';
export const NITF_VERSION = '-//IPTC//DTD NITF 3.6//EN';
/** Galley's own attributes (quote and speaker ids) live here; NITF admits foreign attributes on every element. */
export const GALLEY_XML_NAMESPACE = 'urn:galley:xml';

export function exportNitf(article: Article, speakers: Speaker[], options?: ExportOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${nitfElement(article, speakers, options)}\n`;
}

/** The <nitf> element alone, for carrying inline in a NewsML-G2 item. */
export function nitfElement(article: Article, speakers: Speaker[], options?: ExportOptions): string {
  const { now, language, generator } = resolveOptions(options);
  const { blocks, quotedSpeakers } = bodyBlocks(article.body, speakers);
  const render = new InlineRenderer(quotedSpeakers);

  const docdata =
    `<docdata>\n` +
    `<doc-id${attrs({ regsrc: 'galley', 'id-string': articleUri(article.id) })}/>\n` +
    `<date.issue${attrs({ norm: nitfDate(now) })}/>\n` +
    (article.tags.length
      ? `<key-list>\n${article.tags.map((tag) => `<keyword${attrs({ key: tag })}/>\n`).join('')}</key-list>\n`
      : '') +
    (quotedSpeakers.length
      ? `<identified-content>\n${quotedSpeakers.map((s) => `${personElement(s, true)}\n`).join('')}</identified-content>\n`
      : '') +
    `</docdata>\n`;

  const head =
    `<head>\n` +
    `<title>${escapeText(article.headline)}</title>\n` +
    `<meta${attrs({ name: 'generator', content: generator })}/>\n` +
    docdata +
    (article.section ? `<pubdata${attrs({ 'position.section': article.section })}/>\n` : '') +
    `</head>\n`;

  const bodyHead =
    `<body.head>\n` +
    `<hedline>\n<hl1>${escapeText(article.headline)}</hl1>\n</hedline>\n` +
    (article.byline ? `<byline>${escapeText(article.byline)}</byline>\n` : '') +
    (article.standfirst ? `<abstract>\n<p>${escapeText(article.standfirst)}</p>\n</abstract>\n` : '') +
    `</body.head>\n`;

  const ledeIndex = blocks.findIndex((b) => b.kind === 'paragraph' && b.inlines.length > 0);
  const content = blocks.map((block, i) => blockXml(block, render, i === ledeIndex)).join('');

  return (
    `<nitf${attrs({ xmlns: NITF_NAMESPACE, 'xmlns:galley': GALLEY_XML_NAMESPACE, version: NITF_VERSION, baselang: language })}>\n` +
    head +
    `<body>\n` +
    bodyHead +
    `<body.content>\n${content}</body.content>\n` +
    `<body.end/>\n` +
    `</body>\n` +
    `</nitf>`
  );
}

/** NITF's normalised date form, YYYYMMDDTHHMMSSZ, always in UTC. */
export function nitfDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function personElement(speaker: Speaker, withFunction: boolean, text = speaker.name): string {
  const role = [speaker.role, speaker.organisation].filter(Boolean).join(', ');
  const fn = withFunction && role ? `<function>${escapeText(role)}</function>` : '';
  return `<person${attrs({ idsrc: SPEAKER_SCHEME, value: speakerUri(speaker.id) })}>${escapeText(text)}${fn}</person>`;
}

function blockXml(block: Block, render: InlineRenderer, lede = false): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${attrs({ lede: lede ? 'true' : null })}>${render.inlines(block.inlines)}</p>\n`;
    case 'crosshead':
      return `<hl2${attrs({ class: `crosshead-${block.level}` })}>${render.inlines(block.inlines)}</hl2>\n`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const seqnum = block.ordered && block.start !== 1 ? block.start : null;
      const items = block.items.map((item) => `<li>${itemXml(item, render)}</li>\n`).join('');
      return `<${tag}${attrs({ seqnum })}>\n${items}</${tag}>\n`;
    }
    case 'blockquote':
      // NITF's <bq> holds <block>s, and a <block> holds the paragraphs.
      return `<bq>\n<block>\n${block.blocks.map((b) => blockXml(b, render)).join('')}</block>\n</bq>\n`;
    case 'rule':
      return '<hr/>\n';
  }
}

function itemXml(item: readonly Block[], render: InlineRenderer): string {
  const only = item.length === 1 ? item[0] : null;
  if (only?.kind === 'paragraph') return render.inlines(only.inlines);
  return `\n${item.map((b) => blockXml(b, render)).join('')}`;
}

/** Renders inline copy in reading order, remembering which speakers' first mentions it has marked. */
class InlineRenderer {
  private readonly unmentioned: Speaker[];

  constructor(speakers: readonly Speaker[]) {
    this.unmentioned = speakers.filter((s) => s.name.trim().length > 0);
  }

  inlines(inlines: readonly Inline[]): string {
    let out = '';
    for (const stretch of quoteStretches(inlines)) {
      if (stretch.kind === 'plain') {
        out += this.marks(nestMarks(stretch.runs));
        continue;
      }
      const { quote } = stretch;
      const attributes = attrs({
        'quote-source': quote.speaker?.name ?? null,
        'galley:quote-id': quote.quoteId,
        'galley:speaker-id': quote.speakerId,
      });
      out += `<q${attributes}>${this.marks(nestMarks(stretch.runs))}</q>`;
    }
    return out;
  }

  private marks(nodes: readonly MarkNode[]): string {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += this.text(node.text);
      else if (node.kind === 'break') out += '<br/>';
      else out += `<em${attrs({ class: node.mark })}>${this.marks(node.children)}</em>`;
    }
    return out;
  }

  /** Copy, with the first mention of each quoted speaker's full name marked as that person. */
  private text(text: string): string {
    let out = '';
    let rest = text;
    for (;;) {
      let first: { speaker: Speaker; at: number } | null = null;
      for (const speaker of this.unmentioned) {
        const at = rest.indexOf(speaker.name);
        if (at >= 0 && (!first || at < first.at)) first = { speaker, at };
      }
      if (!first) return out + escapeText(rest);
      const { speaker, at } = first;
      this.unmentioned.splice(this.unmentioned.indexOf(speaker), 1);
      out += escapeText(rest.slice(0, at)) + personElement(speaker, false);
      rest = rest.slice(at + speaker.name.length);
    }
  }
}
