import { describe, expect, test } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { bodyBlocks } from '../../src/shared/export/body-blocks';
import { EXPORT_FORMATS, FILE_EXTENSIONS, isTextExportFormat, TEXT_EXPORTERS } from '../../src/shared/export/formats';
import { nestMarks } from '../../src/shared/export/marks';
import { kitchenSinkArticle, kitchenSpeakers } from './fixtures';

describe('bodyBlocks', () => {
  const { blocks, quotedSpeakers } = bodyBlocks(kitchenSinkArticle().body, kitchenSpeakers);

  test('resolves quotes to speakers and numbers the segments of a run-on quote', () => {
    const [, , first, second] = blocks;
    if (first.kind !== 'paragraph' || second.kind !== 'paragraph') throw new Error('expected paragraphs');
    const a = first.inlines.find((i) => i.kind === 'quote');
    const b = second.inlines.find((i) => i.kind === 'quote');
    expect(a?.kind === 'quote' && a.quote).toMatchObject({ quoteId: 'q-run', segment: 0, segments: 2, speaker: { name: 'Alice Okafor' } });
    expect(b?.kind === 'quote' && b.quote).toMatchObject({ quoteId: 'q-run', segment: 1, segments: 2 });
  });

  test('lists each quoted speaker once, in order of first quote', () => {
    expect(quotedSpeakers.map((s) => s.id)).toEqual(['alice-okafor', 'bob-builder']);
  });

  test('keeps a line break inside a quote that goes on after it', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'one', marks: [{ type: 'quote', attrs: { quoteId: 'q-1', speakerId: null } }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'two', marks: [{ type: 'quote', attrs: { quoteId: 'q-1', speakerId: null } }] },
            { type: 'hardBreak' },
          ],
        },
      ],
    };
    const [p] = bodyBlocks(doc, []).blocks;
    expect(p.kind === 'paragraph' && p.inlines.map((i) => i.kind)).toEqual(['quote', 'break']);
  });
});

describe('nestMarks', () => {
  test('keeps a mark open across neighbouring runs that share it', () => {
    const t = (text: string, bold: boolean, italic: boolean) => ({ kind: 'text' as const, text, bold, italic });
    expect(nestMarks([t('a ', true, false), t('b', true, true), t(' c', true, false), t(' d', false, false)])).toEqual([
      {
        kind: 'mark',
        mark: 'bold',
        children: [{ kind: 'text', text: 'a ' }, { kind: 'mark', mark: 'italic', children: [{ kind: 'text', text: 'b' }] }, { kind: 'text', text: ' c' }],
      },
      { kind: 'text', text: ' d' },
    ]);
  });
});

describe('formats', () => {
  test('every format has an extension, and every text format a pure exporter', () => {
    for (const format of EXPORT_FORMATS) {
      expect(FILE_EXTENSIONS[format]).toBeTruthy();
      expect(isTextExportFormat(format)).toBe(format !== 'docx' && format !== 'pdf');
      if (isTextExportFormat(format)) expect(typeof TEXT_EXPORTERS[format]).toBe('function');
    }
    expect(new Set(Object.values(FILE_EXTENSIONS)).size).toBe(EXPORT_FORMATS.length);
  });
});
