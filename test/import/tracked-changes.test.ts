// A reporter's Word file with tracked changes: real .docx files, written by
// the docx package (as Word writes them: w:ins, w:del with w:delText) or
// byte for byte for what it cannot write (moves, formatting changes), read
// through the whole import. The inserted and the deleted words must both
// reach the article, as suggestions signed with the change's author and time.
import { Document, Packer, Paragraph, TextRun, DeletedTextRun, InsertedTextRun, HeadingLevel } from 'docx';
import JSZip from 'jszip';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGalley } from '../../src/services/galley';
import { importSummary } from '../../src/shared/import/report';
import { repairDoc } from '../../src/shared/article/repair';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { readSuggestionId } from '../../src/shared/history/suggestion-id';
import { importFile } from '../../src/services/import/import-copy';
import { exportDocx } from '../../src/services/export/docx';
import { blankFields, type Article } from '../../src/shared/article/model';
import { bodyLines, expectValidFields } from './helpers';
import { CONTENT_TYPES, RELS } from './word-files';

const ROSA = { author: 'Rosa Lind', date: '2026-03-02T09:15:00Z' };
const TOM = { author: 'Tom Ashe', date: '2026-03-02T10:40:00Z' };

async function docxOf(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Each suggestion in the body: its kind, its words, who made it and when. */
function suggestionsIn(body: DocNode) {
  const found = new Map<string, { kind: string; text: string; author: string; at: string | null }>();
  const visit = (node: { text?: string; marks?: Array<{ type: string; attrs?: { id?: unknown } }>; content?: unknown[] }) => {
    for (const mark of node.marks ?? []) {
      if (mark.type !== 'insertion' && mark.type !== 'deletion') continue;
      const key = `${mark.type}:${String(mark.attrs?.id)}`;
      const entry = found.get(key) ?? { kind: mark.type, text: '', ...readSuggestionId(mark.attrs?.id) };
      entry.text += node.text ?? '';
      found.set(key, entry);
    }
    for (const child of (node.content ?? []) as Array<typeof node>) visit(child);
  };
  visit(body as unknown as Parameters<typeof visit>[0]);
  return [...found.values()];
}

const STORY = [
  new Paragraph({ text: 'Ferry service resumes after pier repairs', heading: HeadingLevel.TITLE }),
  new Paragraph({
    children: [
      new TextRun('The island ferry will run again from '),
      new DeletedTextRun({ text: 'Tuesday', id: 1, ...ROSA }),
      new InsertedTextRun({ text: 'Monday', id: 2, ...ROSA }),
      new TextRun(', the operator said.'),
    ],
  }),
  new Paragraph({
    children: [
      new TextRun('Repairs to the pier took six weeks'),
      new InsertedTextRun({ text: ' and cost £2m', id: 3, ...TOM }),
      new TextRun('.'),
    ],
  }),
  new Paragraph({ children: [new DeletedTextRun({ text: 'Passengers were angry at the delay.', id: 4, ...TOM })] }),
];

describe('a Word file with tracked changes', () => {
  it('keeps each insertion and deletion as a suggestion with its author and time, deleted words included', async () => {
    const copy = await importFile('ferry.docx', await docxOf(STORY));
    expect(copy.headline).toBe('Ferry service resumes after pier repairs');
    expect(bodyLines(copy.body)).toEqual([
      'The island ferry will run again from TuesdayMonday, the operator said.',
      'Repairs to the pier took six weeks and cost £2m.',
      'Passengers were angry at the delay.',
    ]);
    expect(suggestionsIn(copy.body)).toEqual([
      { kind: 'deletion', text: 'Tuesday', author: 'Rosa Lind', at: '2026-03-02T09:15:00.000Z' },
      { kind: 'insertion', text: 'Monday', author: 'Rosa Lind', at: '2026-03-02T09:15:00.000Z' },
      { kind: 'insertion', text: ' and cost £2m', author: 'Tom Ashe', at: '2026-03-02T10:40:00.000Z' },
      { kind: 'deletion', text: 'Passengers were angry at the delay.', author: 'Tom Ashe', at: '2026-03-02T10:40:00.000Z' },
    ]);
    expect(copy.trackedChanges).toBe(4);
    expect(JSON.stringify(copy)).not.toMatch(/[\uE000-\uE002]/);
    expectValidFields(copy);
  });

  it('reads a file with no tracked changes exactly as before, and says there were none', async () => {
    const copy = await importFile('plain.docx', await docxOf([new Paragraph({ text: 'Ferry back', heading: HeadingLevel.TITLE }), new Paragraph('The ferry runs again.')]));
    expect(copy.trackedChanges).toBe(0);
    expect(copy.body).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The ferry runs again.' }] }] });
  });

  it('takes a headline’s tracked changes as accepted, since a field holds no suggestions, and says what it read before', async () => {
    const copy = await importFile('headline.docx', await docxOf([
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun('Ferry '), new DeletedTextRun({ text: 'returns', id: 1, ...ROSA }), new InsertedTextRun({ text: 'back', id: 2, ...ROSA }), new TextRun(' on Monday')],
      }),
      new Paragraph('The island ferry will run again from Monday.'),
    ]));
    expect(copy.headline).toBe('Ferry back on Monday');
    expect(copy.settled).toEqual([{ field: 'headline', before: 'Ferry returns on Monday' }]);
    expect(copy.trackedChanges).toBe(0);
  });

  it('reads moves as a deletion where the words were and an insertion where they went, and a bold change as the words out and in again', async () => {
    const w = (body: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    const xml = w(
      '<w:p><w:r><w:t>Island ferry back</w:t></w:r></w:p>' +
        '<w:p><w:moveFrom w:id="7" w:author="Rosa Lind" w:date="2026-03-02T09:15:00Z"><w:r><w:t>Passengers cheered.</w:t></w:r></w:moveFrom><w:r><w:t xml:space="preserve"> The ferry ran on time.</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">It was </w:t></w:r><w:r><w:rPr><w:b/><w:rPrChange w:id="8" w:author="Tom Ashe" w:date="2026-03-02T10:40:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>full</w:t></w:r><w:r><w:t>.</w:t></w:r>' +
        '<w:moveTo w:id="9" w:author="Rosa Lind" w:date="2026-03-02T09:15:00Z"><w:r><w:t xml:space="preserve"> Passengers cheered.</w:t></w:r></w:moveTo></w:p>',
    );
    const zip = new JSZip();
    zip.file('[Content_Types].xml', CONTENT_TYPES);
    zip.file('_rels/.rels', RELS);
    zip.file('word/document.xml', xml);
    const copy = await importFile('moves.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(bodyLines(copy.body)).toEqual(['Passengers cheered. The ferry ran on time.', 'It was fullfull. Passengers cheered.']);
    expect(suggestionsIn(copy.body).map(({ kind, text, author }) => [kind, text, author])).toEqual([
      ['deletion', 'Passengers cheered.', 'Rosa Lind'],
      ['deletion', 'full', 'Tom Ashe'],
      ['insertion', 'full', 'Tom Ashe'],
      ['insertion', ' Passengers cheered.', 'Rosa Lind'],
    ]);
    const second = copy.body.content[1] as { content: Array<{ text: string; marks?: Array<{ type: string }> }> };
    expect(second.content.filter((n) => n.text === 'full').map((n) => n.marks?.map((m) => m.type).sort())).toEqual([['deletion'], ['bold', 'insertion']]);
  });

  it('comes back from its own DOCX export with the same suggestions: Galley’s tracked changes survive the round trip through Word’s format', async () => {
    const first = await importFile('ferry.docx', await docxOf(STORY));
    const article: Article = {
      ...blankFields(),
      headline: first.headline,
      body: first.body,
      id: 'a'.repeat(12),
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      revision: 1,
      quotes: [],
      sources: [],
      exported: null,
    } as unknown as Article;
    const exported = await exportDocx(article, []);
    const again = await importFile('ferry-subbed.docx', exported);
    expect(again.headline).toBe(first.headline);
    expect(bodyLines(again.body)).toEqual(bodyLines(first.body));
    expect(suggestionsIn(again.body)).toEqual(suggestionsIn(first.body));
    expect(again.trackedChanges).toBe(4);
  });
});

describe('importing a Word file with tracked changes into a library', () => {
  it('answers with the story and a report of its tracked changes, and keeps what a field read before its changes in the notes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'galley-tracked-'));
    const galley = await openGalley({ library: root, importWorker: null, now: () => new Date('2026-03-02T11:00:00.000Z') });
    try {
      const bytes = await docxOf([
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Ferry '), new DeletedTextRun({ text: 'returns', id: 1, ...ROSA }), new InsertedTextRun({ text: 'back', id: 2, ...ROSA })] }),
        ...STORY.slice(1),
      ]);
      const answer = await galley.handlers.importFile({ fileName: 'ferry.docx', dataBase64: Buffer.from(bytes).toString('base64') });
      expect(answer.imported).toEqual({ removed: [], trackedChanges: 4, settled: [{ field: 'headline', before: 'Ferry returns' }] });
      expect(importSummary(answer.imported)).toEqual([
        'This Word file had 4 tracked changes; they are kept as suggestions.',
        'The headline’s tracked changes were taken as accepted (a headline holds no suggestions); before them it read “Ferry returns”.',
      ]);
      const stored = await galley.handlers.getArticle({ id: answer.id });
      expect(stored.headline).toBe('Ferry back');
      expect(stored.notes).toBe('The Word file’s headline before its tracked changes: “Ferry returns”');
      expect(suggestionsIn(stored.body)).toHaveLength(4);
      // The report is the import's answer, not part of the story or its filed copy.
      expect(stored).not.toHaveProperty('imported');
      expect((await galley.handlers.getRevision({ id: answer.id, n: 1 })).fields).not.toHaveProperty('imported');
    } finally {
      await galley.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('the repair step every way into a story takes (import, paste, the recovery journal)', () => {
  it('keeps suggestion marks, so a recovered or imported story never takes a suggested deletion as copy', () => {
    const id = '2026-03-02T09:15:00.000Z|Rosa Lind|w1';
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Ferry back on ' },
            { type: 'text', text: 'Tuesday', marks: [{ type: 'deletion', attrs: { id } }] },
            { type: 'text', text: 'Monday', marks: [{ type: 'bold' }, { type: 'insertion', attrs: { id } }] },
          ],
        },
      ],
    };
    const repaired = repairDoc(body);
    expect(repaired.value).toEqual(body);
    // A suggestion mark of the wrong shape is stripped, as any unknown attribute is; its words stay.
    const bad = repairDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tuesday', marks: [{ type: 'deletion', attrs: { id: {} } }] }] }] });
    expect(bad.value).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tuesday' }] }] });
  });
});
