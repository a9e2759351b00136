// A NewsML-G2 2.35 news item: the envelope agencies and syndication partners
// exchange, with the metadata a receiver routes on (guid, version, dates,
// headline, summary, keywords, the people quoted) and the story itself as
// NITF inline. The guid is the article's URI and the version its revision,
// so a re-export replaces the earlier item at the receiver.
import type { Article } from '../article/model';
import type { Speaker } from '../speakers/model';
import { bodyBlocks } from './body-blocks';
import { articleUri, speakerUri } from './ids';
import { nitfElement } from './nitf';
import { resolveOptions, type ExportOptions } from './options';
import { attrs, escapeText } from './xml-escape';

export const NEWSML_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';
/** The IPTC's catalogue of its own vocabularies (ninat, stat, cpnat, drol), as the standard's example references it. */
export const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';

export function exportNewsML(article: Article, speakers: Speaker[], options?: ExportOptions): string {
  const resolved = resolveOptions(options);
  const { quotedSpeakers } = bodyBlocks(article.body, speakers);
  const el = (name: string, text: string, attributes: Record<string, string | null> = {}) =>
    `<${name}${attrs(attributes)}>${escapeText(text)}</${name}>\n`;

  const itemMeta =
    '<itemMeta>\n' +
    '<itemClass qcode="ninat:text"/>\n' +
    `<provider${attrs({ literal: resolved.generator })}/>\n` +
    el('versionCreated', article.updatedAt) +
    el('firstCreated', article.createdAt) +
    '<pubStatus qcode="stat:usable"/>\n' +
    el('generator', resolved.generator) +
    '</itemMeta>\n';

  const contentMeta =
    '<contentMeta>\n' +
    el('contentCreated', article.createdAt) +
    el('contentModified', article.updatedAt) +
    `<language${attrs({ tag: resolved.language })}/>\n` +
    article.tags.map((tag) => el('keyword', tag)).join('') +
    quotedSpeakers.map(personSubject).join('') +
    (article.catchline ? el('slugline', article.catchline) : '') +
    el('headline', article.headline) +
    (article.byline ? el('by', article.byline) : '') +
    (article.standfirst ? el('description', article.standfirst, { role: 'drol:summary' }) : '') +
    '</contentMeta>\n';

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<newsItem${attrs({
      xmlns: NEWSML_NAMESPACE,
      guid: articleUri(article.id),
      version: article.revision,
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': resolved.language,
    })}>\n` +
    `<catalogRef${attrs({ href: IPTC_CATALOG })}/>\n` +
    itemMeta +
    contentMeta +
    '<contentSet>\n' +
    '<inlineXML contenttype="application/nitf+xml">\n' +
    nitfElement(article, speakers, resolved) +
    '\n</inlineXML>\n' +
    '</contentSet>\n' +
    '</newsItem>\n'
  );
}

/** A quoted speaker as a person the item is about, identified by their Galley URI. */
function personSubject(speaker: Speaker): string {
  const role = [speaker.role, speaker.organisation].filter(Boolean).join(', ');
  return (
    `<subject${attrs({ type: 'cpnat:person', uri: speakerUri(speaker.id) })}>\n` +
    `<name>${escapeText(speaker.name)}</name>\n` +
    (role ? `<definition>${escapeText(role)}</definition>\n` : '') +
    '</subject>\n'
  );
}
