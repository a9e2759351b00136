// ninjs 3.1, the IPTC's JSON for news, as a CMS or an app ingests it: the
// headline, the standfirst as the summary, the byline, the body as HTML
// (quotes marked up as in the HTML export, attributed by data attributes)
// and again as plain text, keywords as subjects and the speakers as people.
import type { Article } from '../article/model';
import { bodyText, countCharacters, countWords } from '../article/text';
import type { Speaker } from '../speakers/model';
import { bodyBlocks } from './body-blocks';
import { blocksHtml } from './html';
import { articleUri, speakerUri } from './ids';
import { resolveOptions, type ExportOptions } from './options';

export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

type Text = { role?: string; contentType?: string; value: string };
type Body = Text & { charCount?: number; wordCount?: number };
type Entity = { name?: string; rel?: string; uri?: string; literal?: string };

/** The subset of ninjs 3.1 that Galley writes. */
export type NinjsItem = {
  uri: string;
  standard: { name: 'ninjs'; version: '3.1'; schema: string };
  type: 'text';
  representationType: 'full';
  version: string;
  firstCreated: string;
  versionCreated: string;
  pubStatus: 'usable';
  language: string;
  slugline?: string;
  headlines: Text[];
  descriptions?: Text[];
  by?: string;
  bodies: Body[];
  subjects?: Entity[];
  people?: Entity[];
};

export function toNinjs(article: Article, speakers: Speaker[], options?: ExportOptions): NinjsItem {
  const { language } = resolveOptions(options);
  const { blocks, quotedSpeakers } = bodyBlocks(article.body, speakers);
  const text = bodyText(article.body);
  const counts = { charCount: countCharacters(text), wordCount: countWords(text) };
  const item: NinjsItem = {
    uri: articleUri(article.id),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
    type: 'text',
    representationType: 'full',
    version: String(article.revision),
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    pubStatus: 'usable',
    language,
    headlines: [{ role: 'main', value: article.headline }],
    bodies: [
      { role: 'main', contentType: 'text/html', value: blocksHtml(blocks, 'attributes'), ...counts },
      { role: 'main', contentType: 'text/plain', value: text, ...counts },
    ],
  };
  if (article.catchline) item.slugline = article.catchline;
  if (article.standfirst) item.descriptions = [{ role: 'summary', contentType: 'text/plain', value: article.standfirst }];
  if (article.byline) item.by = article.byline;
  // ninjs 3.1 has no keywords list: a tag is a subject known only by its literal name.
  if (article.tags.length) item.subjects = article.tags.map((tag) => ({ name: tag, literal: tag }));
  if (quotedSpeakers.length) {
    item.people = quotedSpeakers.map((s) => ({ name: s.name, rel: 'quoted', uri: speakerUri(s.id) }));
  }
  return item;
}

export function exportNinjs(article: Article, speakers: Speaker[], options?: ExportOptions): string {
  return JSON.stringify(toNinjs(article, speakers, options), null, 2) + '\n';
}
