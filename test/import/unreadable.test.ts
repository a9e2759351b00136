// Files Galley cannot import: each fails with 'unreadable-file' and a
// message that names the file and says why.
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/shared/contract/api';
import { GalleyError } from '../../src/shared/contract/errors';
import { importFile, importText } from '../../src/services/import/import-copy';
import { expectValidFields, utf8 } from './helpers';

async function expectUnreadable(promise: Promise<unknown>, fileName: string, reason: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GalleyError);
  const galleyError = error as GalleyError;
  expect(galleyError.code).toBe('unreadable-file');
  expect(galleyError.message).toContain(fileName);
  expect(galleyError.message).toMatch(reason);
  expect(galleyError.toBody()).toEqual({ code: 'unreadable-file', message: galleyError.message });
}

describe('unreadable files', () => {
  it('refuses an empty file', async () => {
    await expectUnreadable(importFile('empty.txt', new Uint8Array()), 'empty.txt', /empty/);
    await expectUnreadable(importFile('empty.docx', new Uint8Array()), 'empty.docx', /empty/);
  });

  it('refuses a file of nothing but whitespace', async () => {
    await expectUnreadable(importFile('blank.md', utf8('  \n\n\t \n')), 'blank.md', /no text/);
  });

  it('refuses a file over 20 MB', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    await expectUnreadable(importFile('huge.txt', big), 'huge.txt', /20\.0 MB/);
    await expectUnreadable(importFile('huge.docx', big), 'huge.docx', /20\.0 MB/);
  });

  it('accepts a file just under 20 MB', async () => {
    const paragraph = `${'A sentence of copy that is repeated to fill the file up. '.repeat(20)}\n\n`;
    const bytes = utf8(paragraph.repeat(Math.floor(MAX_IMPORT_BYTES / paragraph.length)));
    expect(bytes.byteLength).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(bytes.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES - paragraph.length);
    const copy = await importFile('nearly-full.txt', bytes);
    expect(copy.body.content.length).toBe(Math.floor(MAX_IMPORT_BYTES / paragraph.length));
    expectValidFields(copy);
  }, 60_000);

  // A paragraph count is not a limit (issue 10: limits are advice, only a story's size refuses), so a
  // long file comes in whole; a story too large to save is refused by the store, naming the part.
  it('imports a file of 60,000 paragraphs whole', async () => {
    const bytes = utf8('One short paragraph of copy.\n'.repeat(60_000));
    const copy = await importFile('phone-book.txt', bytes);
    expectValidFields(copy);
    expect(copy.body.content.length).toBeGreaterThanOrEqual(59_990);
  }, 60_000);

  it('refuses binary content', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expectUnreadable(importFile('photo.txt', png), 'photo.txt', /binary/);
    await expectUnreadable(importFile('page.html', utf8('<p>text\u0000more</p>')), 'page.html', /binary/);
  });

  it('refuses text that is not UTF-8', async () => {
    // "café" in Windows-1252: the é is a lone 0xE9 byte.
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x73, 0x6f, 0x63, 0x69, 0x65, 0x74, 0x79]);
    await expectUnreadable(importFile('cafe.txt', latin1), 'cafe.txt', /not UTF-8/);
  });

  it('decodes a file with a UTF-16 byte-order mark', async () => {
    const text = 'Council tax to rise\n\nBills will rise by five per cent in April, the council said.\n';
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const copy = await importFile('notepad.txt', le);
    expect(copy.headline).toBe('Council tax to rise');
  });

  it('refuses an unsupported or missing extension, naming the formats it takes', async () => {
    await expectUnreadable(importFile('story.pdf', utf8('%PDF-1.4')), 'story.pdf', /\.pdf file.*\.docx/);
    await expectUnreadable(importFile('story.doc', utf8('x')), 'story.doc', /\.doc file/);
    await expectUnreadable(importFile('README', utf8('x')), 'README', /no file extension/);
  });

  it('refuses a .docx that is not a zip archive', async () => {
    await expectUnreadable(importFile('notes.docx', utf8('just some text, really')), 'notes.docx', /not a Word document/);
  });

  it('refuses a corrupt .docx that mammoth cannot read', async () => {
    const good = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Hello there')] }] })));
    const truncated = good.slice(0, Math.floor(good.length / 2));
    await expectUnreadable(importFile('broken.docx', truncated), 'broken.docx', /could not be read as a Word document/);
    // A valid zip that is not a Word document.
    const notWord = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    await expectUnreadable(importFile('empty-zip.docx', notWord), 'empty-zip.docx', /Word document/);
  });

  it('refuses empty or binary pasted text', async () => {
    await expectUnreadable(importText('   ', 'txt'), 'pasted text', /empty/);
    await expectUnreadable(importText('a\u0000b', 'html'), 'pasted text', /binary/);
  });
});
