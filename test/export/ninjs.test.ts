import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020Import from 'ajv/dist/2020';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { articleUri, speakerUri } from '../../src/shared/export/ids';
import { exportNinjs } from '../../src/shared/export/ninjs';
import { bodyWordsOf, kitchenSinkArticle, kitchenSpeakers, norm, NOW, schemasDir, seedArticle, seedSpeakers } from './fixtures';

// ajv's CommonJS build: the class is the default export's default under some loaders.
const Ajv2020 = ((Ajv2020Import as unknown as { default?: typeof Ajv2020Import }).default ?? Ajv2020Import) as typeof Ajv2020Import;

const readJson = (file: string) => JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as Record<string, unknown>;

/**
 * The ninjs 3.1 schema, with the GeoJSON schema it refers to added under its
 * own id so nothing is fetched. ajv-formats is not installed, so the two
 * formats the schema uses are checked by hand rather than ignored.
 */
function ninjsValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(s));
  ajv.addSchema(readJson('ninjs/GeoJSON-schema.json'));
  return ajv.compile(readJson('ninjs/ninjs-schema_3.1.json'));
}

describe('the ninjs validator itself', () => {
  test('accepts the IPTC example and rejects an item without a uri', () => {
    const validate = ninjsValidator();
    expect(validate(readJson('ninjs/example-3.1-complex-text-article.json'))).toBe(true);
    expect(validate({ type: 'text' })).toBe(false);
    expect(validate({ uri: 'urn:x', headline: 'not a ninjs 3.1 property' })).toBe(false);
  });
});

describe.each([
  ['seed', seedArticle, seedSpeakers],
  ['every kind of content', kitchenSinkArticle, kitchenSpeakers],
] as const)('ninjs export of the %s article', (_name, make, speakers) => {
  const article = make();
  const json = exportNinjs(article, speakers, { now: NOW });
  const item = JSON.parse(json);

  test('validates against the ninjs 3.1 schema', () => {
    const validate = ninjsValidator();
    const ok = validate(item);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('carries uri, headline, summary, byline, dates and keywords', () => {
    expect(item.uri).toBe(articleUri(article.id));
    expect(item.type).toBe('text');
    expect(item.version).toBe(String(article.revision));
    expect(item.firstCreated).toBe(article.createdAt);
    expect(item.versionCreated).toBe(article.updatedAt);
    expect(item.language).toBe('en-GB');
    expect(item.headlines).toEqual([{ role: 'main', value: article.headline }]);
    expect(item.descriptions).toEqual([{ role: 'summary', contentType: 'text/plain', value: article.standfirst }]);
    expect(item.by).toBe(article.byline);
    expect(item.subjects.map((s: { name: string }) => s.name)).toEqual(article.tags);
  });

  test('has an HTML body that reads back as the article text, quotes attributed', () => {
    const html = item.bodies.find((b: { contentType: string }) => b.contentType === 'text/html');
    const { document } = new JSDOM(`<body>${html.value}</body>`).window;
    for (const br of document.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n'));
    expect(norm(document.body.textContent ?? '')).toBe(bodyWordsOf(article));
    expect(document.querySelectorAll('script, [onerror]')).toHaveLength(0);
    // No hidden text in a fragment another system will style: attribution is in attributes.
    expect(document.querySelectorAll('.visually-hidden')).toHaveLength(0);
    const names = new Map(speakers.map((s) => [s.id, s.name]));
    for (const q of document.querySelectorAll('q[data-speaker-id]')) {
      expect(q.getAttribute('data-speaker')).toBe(names.get(q.getAttribute('data-speaker-id')!) ?? null);
    }
  });

  test('names the quoted speakers as people, and no one else', () => {
    const quotedIds = [...new Set([...json.matchAll(/data-speaker-id=\\"([a-z0-9-]+)\\"/g)].map((m) => m[1]))].filter((id) => speakers.some((s) => s.id === id));
    expect(item.people).toEqual(quotedIds.map((id) => ({ name: speakers.find((s) => s.id === id)!.name, rel: 'quoted', uri: speakerUri(id) })));
  });
});
