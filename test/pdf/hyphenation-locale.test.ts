// The PDF hyphenates the body with the patterns of the library's spelling:
// a paper set to en-US breaks "knowl-edge", a British one "know-ledge". The
// export service reads the setting at each export, so a desk that changes it
// gets the other patterns on its next PDF without a restart.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../src/services/export/pdf-renderer';
import { openGalley, type Galley } from '../../src/services/galley';
import { buildProof } from '../../src/services/pdf/proof';
import { findResources } from '../../src/services/pdf/resources';

const SHY = '\u00ad';
const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'The inquiry said the knowledge was there all along, and that nobody acted on it in time.' }] }] };

// Prints the proof's markup where Chromium would print its pages: what is asserted is the proof the PDF is made from.
const proofAsPdf: PdfRenderer = async (article, speakers, print) => {
  const { html } = await buildProof(article, speakers, findResources()!, () => ({ template: 'broadsheet' }), print?.language);
  return { pdf: new TextEncoder().encode(html), copyfit: { state: 'fits', lines: 0, words: 0, message: '' } };
};

let root: string;
let galley: Galley;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-pdf-locale-'));
  galley = await openGalley({ library: join(root, 'library'), renderPdf: proofAsPdf, exportsRoot: join(root, 'exports'), importWorker: null });
});
afterEach(async () => {
  await galley.close();
  await rm(root, { recursive: true, force: true });
});

async function printedProof(): Promise<string> {
  const article = await galley.handlers.createArticle({ fields: { headline: 'Inquiry', body } });
  const result = await galley.handlers.exportArticles({ ids: [article.id], formats: ['pdf'], subfolder: `run-${Math.random().toString(36).slice(2)}` });
  expect(result.files).toHaveLength(1);
  return readFile(result.files[0].path, 'utf8');
}

describe('the PDF hyphenates in the library’s spelling', () => {
  it('British patterns by default, American ones once the desk sets en-US', async () => {
    expect(await printedProof()).toContain(`know${SHY}ledge`);
    await galley.handlers.updateSettings({ settings: { spellingLocale: 'en-US' } });
    const american = await printedProof();
    expect(american).toContain(`knowl${SHY}edge`);
    expect(american).not.toContain(`know${SHY}ledge`);
  });
});
