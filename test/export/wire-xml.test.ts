// NITF and NewsML-G2 against the IPTC's own schemas, with the real xmllint.
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { articleUri, speakerUri } from '../../src/shared/export/ids';
import { exportNewsML, NEWSML_NAMESPACE } from '../../src/shared/export/newsml';
import { exportNitf, NITF_NAMESPACE, nitfDate } from '../../src/shared/export/nitf';
import {
  bodyWordsOf,
  EMOJI,
  kitchenSinkArticle,
  kitchenSpeakers,
  NBSP,
  NEWSML_XSD,
  NITF_XSD,
  norm,
  NOW,
  seedArticle,
  seedExpected,
  seedSpeakers,
  tempDir,
  writeTemp,
  xmllintSchema,
} from './fixtures';

const { DOMParser, XMLSerializer } = new JSDOM('').window;

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** The quote marks in a body, walked from its JSON: what the exports must carry. */
function quoteMarksIn(node: unknown): Array<{ quoteId: string; speakerId: string | null }> {
  const { content, marks } = node as { content?: unknown[]; marks?: Array<{ type: string; attrs?: { quoteId: string; speakerId: string | null } }> };
  const own = (marks ?? []).filter((m) => m.type === 'quote').map((m) => m.attrs!);
  return [...own, ...(content ?? []).flatMap(quoteMarksIn)];
}
const quoteIdsIn = (body: unknown) => new Set(quoteMarksIn(body).map((m) => m.quoteId));
const quoteSpeakersIn = (body: unknown) => quoteMarksIn(body).flatMap((m) => (m.speakerId ? [m.speakerId] : []));

const byTag = (root: Document | Element, ns: string, tag: string) => [...root.getElementsByTagNameNS(ns, tag)];

/** Text of an element as a reader would take it, a <br/> read as a line end. */
function readText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const br of [...copy.getElementsByTagNameNS(NITF_NAMESPACE, 'br')]) br.replaceWith(copy.ownerDocument.createTextNode('\n'));
  return norm(copy.textContent ?? '');
}

describe.each([
  ['seed', seedArticle, seedSpeakers],
  ['every kind of content', kitchenSinkArticle, kitchenSpeakers],
] as const)('wire XML of the %s article', (_name, make, speakers) => {
  const article = make();
  const dir = tempDir();
  const nitf = exportNitf(article, speakers, { now: NOW });
  const newsml = exportNewsML(article, speakers, { now: NOW });
  const nitfFile = writeTemp(dir, 'article.nitf.xml', nitf);
  const newsmlFile = writeTemp(dir, 'article.newsml.xml', newsml);

  test('NITF validates against the NITF 3.6 schema', () => {
    expect(xmllintSchema(nitfFile, NITF_XSD)).toBe('');
  });

  test('NewsML-G2 validates against the NewsML-G2 2.35 schema', () => {
    expect(xmllintSchema(newsmlFile, NEWSML_XSD)).toBe('');
  });

  test('the NITF carried inside the NewsML item validates on its own', () => {
    const doc = parseXml(newsml);
    const inline = byTag(doc, NEWSML_NAMESPACE, 'inlineXML');
    expect(inline).toHaveLength(1);
    expect(inline[0].getAttribute('contenttype')).toBe('application/nitf+xml');
    const nitfEl = byTag(inline[0], NITF_NAMESPACE, 'nitf')[0];
    const file = writeTemp(dir, 'inline.nitf.xml', `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(nitfEl)}\n`);
    expect(xmllintSchema(file, NITF_XSD)).toBe('');
  });

  test('NITF carries the headline, standfirst, byline, ids and dates', () => {
    const doc = parseXml(nitf);
    expect(doc.documentElement.getAttribute('version')).toBe('-//IPTC//DTD NITF 3.6//EN');
    expect(byTag(doc, NITF_NAMESPACE, 'hl1')[0].textContent).toBe(article.headline);
    expect(byTag(doc, NITF_NAMESPACE, 'title')[0].textContent).toBe(article.headline);
    expect(byTag(doc, NITF_NAMESPACE, 'abstract')[0].textContent!.trim()).toBe(article.standfirst);
    expect(byTag(doc, NITF_NAMESPACE, 'byline')[0].textContent).toBe(article.byline);
    expect(byTag(doc, NITF_NAMESPACE, 'doc-id')[0].getAttribute('id-string')).toBe(articleUri(article.id));
    expect(byTag(doc, NITF_NAMESPACE, 'date.issue')[0].getAttribute('norm')).toBe(nitfDate(NOW));
    expect(byTag(doc, NITF_NAMESPACE, 'keyword').map((k) => k.getAttribute('key'))).toEqual(article.tags);
  });

  test('NITF body reads back as the article text', () => {
    const doc = parseXml(nitf);
    expect(readText(byTag(doc, NITF_NAMESPACE, 'body.content')[0])).toBe(bodyWordsOf(article));
  });

  test('every tagged quote is a <q> naming its speaker, and quoted speakers are persons', () => {
    const doc = parseXml(nitf);
    const names = new Map(speakers.map((s) => [s.id, s.name]));
    const qs = byTag(doc, NITF_NAMESPACE, 'q');
    // Every quote tagged in the body, and only those.
    expect(new Set(qs.map((q) => q.getAttribute('galley:quote-id')))).toEqual(quoteIdsIn(article.body));
    for (const q of qs) {
      const speakerId = q.getAttribute('galley:speaker-id');
      expect(q.getAttribute('quote-source')).toBe(speakerId ? (names.get(speakerId) ?? null) : null);
    }
    const identified = byTag(byTag(doc, NITF_NAMESPACE, 'identified-content')[0], NITF_NAMESPACE, 'person');
    const quotedIds = new Set(qs.map((q) => q.getAttribute('galley:speaker-id')).filter((id) => id && names.has(id)));
    expect(identified.map((p) => p.getAttribute('value'))).toEqual([...quotedIds].map((id) => speakerUri(id!)));
  });

  test('NewsML-G2 carries guid, version and metadata', () => {
    const doc = parseXml(newsml);
    const item = doc.documentElement;
    expect(item.getAttribute('guid')).toBe(articleUri(article.id));
    expect(item.getAttribute('version')).toBe(String(article.revision));
    const meta = (tag: string) => byTag(doc, NEWSML_NAMESPACE, tag);
    expect(meta('itemClass')[0].getAttribute('qcode')).toBe('ninat:text');
    expect(meta('versionCreated')[0].textContent).toBe(article.updatedAt);
    expect(meta('headline')[0].textContent).toBe(article.headline);
    expect(meta('description')[0].getAttribute('role')).toBe('drol:summary');
    expect(meta('description')[0].textContent).toBe(article.standfirst);
    expect(meta('by')[0].textContent).toBe(article.byline);
    expect(meta('keyword').map((k) => k.textContent)).toEqual(article.tags);
    const people = meta('subject').filter((s) => s.getAttribute('type') === 'cpnat:person');
    // One subject per speaker quoted in the body.
    const quoted = new Set(quoteSpeakersIn(article.body).filter((id) => speakers.some((s) => s.id === id)));
    expect(people.map((p) => p.getAttribute('uri'))).toEqual([...quoted].map((id) => speakerUri(id)));
    for (const person of people) expect(person.getAttribute('uri')).toMatch(/^urn:galley:speaker:/);
  });
});

describe('wire XML of the seed story', () => {
  const nitf = parseXml(exportNitf(seedArticle(), seedSpeakers, { now: NOW }));

  test('attributes each of the six quote segments to the expected speaker', () => {
    const qs = byTag(nitf, NITF_NAMESPACE, 'q');
    expect(qs.map((q) => [q.textContent, q.getAttribute('quote-source')])).toEqual(seedExpected.quotes.map((q) => [q.text, q.speaker]));
    // The run-on quotation's two segments share one quote id.
    expect(qs[1].getAttribute('galley:quote-id')).toBe(qs[2].getAttribute('galley:quote-id'));
  });

  test('marks each speaker’s first mention as a person, and names no one who is not quoted', () => {
    const body = byTag(nitf, NITF_NAMESPACE, 'body.content')[0];
    expect(byTag(body, NITF_NAMESPACE, 'person').map((p) => p.textContent)).toEqual(['Imdad Qazi', 'Hua Chunying']);
    expect(byTag(nitf, NITF_NAMESPACE, 'person').some((p) => p.textContent?.includes('Someone Else'))).toBe(false);
  });
});

describe('wire XML escaping', () => {
  const article = kitchenSinkArticle();
  const nitfText = exportNitf(article, kitchenSpeakers, { now: NOW });
  const nitf = parseXml(nitfText);

  test('keeps curly quotes, no-break spaces and emoji as characters, and drops control characters', () => {
    expect(nitfText).toContain(`10${NBSP}per cent held back ${EMOJI}.`);
    expect(nitfText).toContain('Nobody will stop us,</q>” she added.');
    expect(nitfText).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  test('escapes markup in copy and in attribute values', () => {
    expect(nitfText).not.toContain('<script>');
    expect(byTag(nitf, NITF_NAMESPACE, 'script')).toHaveLength(0);
    expect(byTag(nitf, NITF_NAMESPACE, 'img')).toHaveLength(0);
    const bob = byTag(nitf, NITF_NAMESPACE, 'q').find((q) => q.getAttribute('galley:speaker-id') === 'bob-builder')!;
    expect(bob.getAttribute('quote-source')).toBe('Bob “The Builder” O’Brien & <Sons>');
  });

  test('maps crossheads, lists, blockquote and rule to NITF elements', () => {
    const content = byTag(nitf, NITF_NAMESPACE, 'body.content')[0];
    const children = [...content.children].map((el) => el.localName);
    expect(children).toEqual(['p', 'hl2', 'p', 'p', 'p', 'p', 'p', 'hl2', 'ul', 'ol', 'bq', 'hr', 'p', 'p', 'p']);
    expect(byTag(content, NITF_NAMESPACE, 'ol')[0].getAttribute('seqnum')).toBe('3');
    expect(byTag(byTag(content, NITF_NAMESPACE, 'bq')[0], NITF_NAMESPACE, 'block')).toHaveLength(1);
    expect(byTag(content, NITF_NAMESPACE, 'br')).toHaveLength(2);
  });
});

describe('wire XML of a blank new article', () => {
  test('still validates: no headline, standfirst, byline, tags or body copy', () => {
    const blank = { ...seedArticle(), headline: '', standfirst: '', byline: '', catchline: '', section: '', tags: [], body: { type: 'doc' as const, content: [{ type: 'paragraph' as const }] } };
    const dir = tempDir();
    expect(xmllintSchema(writeTemp(dir, 'blank.nitf.xml', exportNitf(blank, [], { now: NOW })), NITF_XSD)).toBe('');
    expect(xmllintSchema(writeTemp(dir, 'blank.newsml.xml', exportNewsML(blank, [], { now: NOW })), NEWSML_XSD)).toBe('');
  });
});
