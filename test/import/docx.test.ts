// Word documents built with the docx package and read back through mammoth:
// the same path a reporter's .docx takes.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/services/import/import-copy';
import { allFields, bodyLines, expectValidFields, topLevelTypes } from './helpers';

async function docxOf(children: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { italics: true } }] },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('Word documents', () => {
  it('reads Title, Subtitle, byline, crossheads, lists and marks', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Ministers face revolt over Budget cuts', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Backbenchers threaten to vote against the welfare changes', style: 'Subtitle' }),
      new Paragraph({ text: 'By Jane Smith' }),
      new Paragraph({
        children: [
          new TextRun('Ministers were facing a '),
          new TextRun({ text: 'growing revolt', bold: true }),
          new TextRun(' over the cuts, '),
          new TextRun({ text: 'The Times', italics: true }),
          new TextRun(' reported.'),
        ],
      }),
      new Paragraph({ text: 'Whips at work', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'The whips were said to be calling MPs late into the night.' }),
      new Paragraph({ text: 'Disability benefits', bullet: { level: 0 } }),
      new Paragraph({ text: 'Winter fuel payments', bullet: { level: 0 } }),
      new Paragraph({ text: 'Minor point', heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ text: 'A vote is expected next week.' }),
    ]);
    const copy = await importFile('budget.docx', bytes);
    expect(copy.headline).toBe('Ministers face revolt over Budget cuts');
    expect(copy.standfirst).toBe('Backbenchers threaten to vote against the welfare changes');
    expect(copy.byline).toBe('Jane Smith');
    expect(topLevelTypes(copy.body)).toEqual(['paragraph', 'heading', 'paragraph', 'bulletList', 'heading', 'paragraph']);
    expect(copy.body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Ministers were facing a ' },
        { type: 'text', text: 'growing revolt', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' over the cuts, ' },
        { type: 'text', text: 'The Times', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' reported.' },
      ],
    });
    expect(copy.body.content[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Whips at work' }] });
    expect(copy.body.content[4]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    expect(bodyLines(copy.body)).toContain('Winter fuel payments');
    expectValidFields(copy);
  });

  it('finds a plain-paragraph headline in a document with no styles, and keeps curly quotes', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Council rejects plan for new homes' }),
      new Paragraph({ text: 'Councillors last night rejected plans for 400 new homes on the edge of town.' }),
      new Paragraph({ text: '“We listened to residents,” the leader said.' }),
    ]);
    const copy = await importFile('homes.DOCX', bytes);
    expect(copy.headline).toBe('Council rejects plan for new homes');
    expect(copy.byline).toBe('');
    expect(copy.standfirst).toBe('');
    expect(bodyLines(copy.body)).toEqual([
      'Councillors last night rejected plans for 400 new homes on the edge of town.',
      '“We listened to residents,” the leader said.',
    ]);
  });

  it('strips furniture pasted into a Word document, and keeps story sentences that mention it', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Skip to main content' }),
      new Paragraph({ text: 'Food bank use doubles in a year' }),
      new Paragraph({ text: 'Food bank use has doubled in a year, the Trussell Trust said, urging people to donate today if they can.' }),
      new Paragraph({ text: 'Volunteers said they would share what they had with anyone who asked.' }),
      new Paragraph({ text: 'Share this article' }),
      new Paragraph({ text: 'Donate today' }),
    ]);
    const copy = await importFile('foodbank.docx', bytes);
    expect(copy.headline).toBe('Food bank use doubles in a year');
    expect(bodyLines(copy.body)).toEqual([
      'Food bank use has doubled in a year, the Trussell Trust said, urging people to donate today if they can.',
      'Volunteers said they would share what they had with anyone who asked.',
    ]);
    expect(allFields(copy)).not.toMatch(/Skip to main|Share this article/);
    expect(copy.furniture).toEqual(['navigation: Skip to main content', 'share-prompt: Share this article', 'fundraising: Donate today']);
  });
});
