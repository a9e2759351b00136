// The story as a Word document for page-layout desks and contributors. Every
// paragraph carries a named style (Headline, Standfirst, Byline, Body,
// Crosshead, Quote…) so a newsroom template can restyle the whole document by
// mapping names, and tagged quotes carry the character style "Quotation"
// with a comment naming the speaker, so attribution survives the round trip
// through Word without altering a word of the copy.
import {
  DeletedTextRun,
  InsertedTextRun,
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ILevelsOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { Article } from '../../shared/article/model';
import { bodyBlocks, type Block, type Inline, type Run } from '../../shared/export/body-blocks';
import { resolveOptions, type ExportOptions } from '../../shared/export/options';
import { stripInvalidXmlChars } from '../../shared/export/xml-escape';
import type { Speaker } from '../../shared/speakers/model';
import { readSuggestionId } from '../../shared/history/suggestion-id';

/** Paragraph style ids, which Word also shows as their names. */
export const DOCX_STYLES = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  byline: 'Byline',
  body: 'Body',
  crosshead: 'Crosshead',
  crossheadMinor: 'Crosshead3',
  quote: 'Quote',
  /** Character style of a tagged quotation's words. */
  quotation: 'Quotation',
} as const;

const BULLETS = 'bullets';
const MAX_LIST_LEVEL = 8;

export async function exportDocx(article: Article, speakers: Speaker[], options?: ExportOptions): Promise<Uint8Array> {
  const { generator, now, language } = resolveOptions(options);
  const { blocks } = bodyBlocks(article.body, speakers);
  const builder = new BodyBuilder(generator, now);

  const head: Paragraph[] = [
    new Paragraph({ style: DOCX_STYLES.headline, children: [textRun(article.headline)] }),
    ...(article.standfirst ? [new Paragraph({ style: DOCX_STYLES.standfirst, children: [textRun(article.standfirst)] })] : []),
    ...(article.byline ? [new Paragraph({ style: DOCX_STYLES.byline, children: [textRun(article.byline)] })] : []),
  ];
  const body = builder.blocks(blocks, { quoted: false, listLevel: -1 });

  const doc = new Document({
    title: clean(article.headline),
    subject: clean(article.catchline),
    description: clean(article.standfirst),
    creator: clean(article.byline) || generator,
    lastModifiedBy: generator,
    keywords: clean(article.tags.join(', ')),
    styles: {
      default: { document: { run: { font: 'Georgia', size: 22, language: { value: language } } } },
      paragraphStyles: paragraphStyles(),
      characterStyles: [
        { id: DOCX_STYLES.quotation, name: DOCX_STYLES.quotation, basedOn: 'DefaultParagraphFont', quickFormat: true, run: {} },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels(LevelFormat.BULLET, 1) },
        ...builder.orderedStarts().map((start) => ({ reference: orderedReference(start), levels: levels(LevelFormat.DECIMAL, start) })),
      ],
    },
    comments: { children: builder.comments },
    sections: [{ children: [...head, ...body] }],
  });
  return Packer.toBuffer(doc);
}

type Context = { quoted: boolean; listLevel: number };

/** Turns blocks into Word paragraphs, collecting the list numberings and comments they need as it goes. */
class BodyBuilder {
  readonly comments: ICommentOptions[] = [];
  private readonly starts = new Set<number>();
  private listInstance = 0;

  constructor(
    private readonly author: string,
    private readonly date: Date,
  ) {}

  orderedStarts(): number[] {
    return [...this.starts];
  }

  blocks(blocks: readonly Block[], context: Context): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, context));
  }

  private block(block: Block, context: Context, numbering?: NumberingRef): Paragraph[] {
    const style = context.quoted ? DOCX_STYLES.quote : DOCX_STYLES.body;
    switch (block.kind) {
      case 'paragraph':
        return [new Paragraph({ style, numbering, children: this.inlines(block.inlines) })];
      case 'crosshead':
        return [
          new Paragraph({
            style: block.level === 2 ? DOCX_STYLES.crosshead : DOCX_STYLES.crossheadMinor,
            numbering,
            children: this.inlines(block.inlines),
          }),
        ];
      case 'list': {
        const level = Math.min(context.listLevel + 1, MAX_LIST_LEVEL);
        const instance = ++this.listInstance;
        if (block.ordered) this.starts.add(block.start);
        const reference = block.ordered ? orderedReference(block.start) : BULLETS;
        return block.items.flatMap((item) =>
          // The item's first paragraph carries the number; what follows it in the item is set in under it.
          item.flatMap((child, i) =>
            this.block(child, { ...context, listLevel: level }, i === 0 ? { reference, level, instance } : undefined),
          ),
        );
      }
      case 'blockquote':
        return this.blocks(block.blocks, { ...context, quoted: true });
      case 'rule':
        return [
          new Paragraph({
            style,
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
            children: [],
          }),
        ];
    }
  }

  private inlines(inlines: readonly Inline[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const inline of inlines) {
      if (inline.kind !== 'quote') {
        out.push(runOf(inline));
        continue;
      }
      const runs = inline.runs.map((run) => runOf(run, DOCX_STYLES.quotation));
      const speaker = inline.quote.speaker;
      if (!speaker) {
        out.push(...runs);
        continue;
      }
      const id = this.comments.length;
      const role = [speaker.role, speaker.organisation].filter(Boolean).join(', ');
      this.comments.push({
        id,
        author: this.author,
        date: this.date,
        children: [new Paragraph({ children: [textRun(`Quote attributed to ${speaker.name}${role ? ` (${role})` : ''}`)] })],
      });
      out.push(new CommentRangeStart(id), ...runs, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    return out;
  }
}

type NumberingRef = { reference: string; level: number; instance: number };

function runOf(run: Run, style?: string): TextRun | InsertedTextRun | DeletedTextRun {
  if (run.kind === 'break') return new TextRun({ break: 1, style });
  const options = { text: clean(run.text), bold: run.bold || undefined, italics: run.italic || undefined, style };
  if (!run.suggestion) return new TextRun(options);
  // A suggestion goes to Word as a tracked change, signed and dated from its id, for the reporter to accept or reject there.
  const { author, at } = readSuggestionId(run.suggestion.id);
  const change = { id: trackedChangeId++, author, date: at ?? new Date(0).toISOString() };
  return run.suggestion.kind === 'insertion' ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
}

/** Word wants each tracked change numbered; any unique numbers do. */
let trackedChangeId = 1;

function textRun(text: string): TextRun {
  return new TextRun({ text: clean(text) });
}

/** Word's XML forbids the same control characters as any XML. */
function clean(text: string): string {
  return stripInvalidXmlChars(text);
}

function orderedReference(start: number): string {
  return `ordered-from-${start}`;
}

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format,
    start,
    text: format === LevelFormat.BULLET ? (level % 2 ? '◦' : '•') : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function paragraphStyles(): IParagraphStyleOptions[] {
  const body = DOCX_STYLES.body;
  return [
    {
      id: DOCX_STYLES.body,
      name: DOCX_STYLES.body,
      basedOn: 'Normal',
      next: body,
      quickFormat: true,
      paragraph: { spacing: { after: 160, line: 300 } },
    },
    {
      id: DOCX_STYLES.headline,
      name: DOCX_STYLES.headline,
      basedOn: 'Normal',
      next: DOCX_STYLES.standfirst,
      quickFormat: true,
      run: { size: 44, bold: true },
      paragraph: { outlineLevel: 0, spacing: { after: 200 }, keepNext: true },
    },
    {
      id: DOCX_STYLES.standfirst,
      name: DOCX_STYLES.standfirst,
      basedOn: 'Normal',
      next: DOCX_STYLES.byline,
      quickFormat: true,
      run: { size: 28 },
      paragraph: { spacing: { after: 160 } },
    },
    {
      id: DOCX_STYLES.byline,
      name: DOCX_STYLES.byline,
      basedOn: 'Normal',
      next: body,
      quickFormat: true,
      run: { italics: true },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: DOCX_STYLES.crosshead,
      name: DOCX_STYLES.crosshead,
      basedOn: 'Normal',
      next: body,
      quickFormat: true,
      run: { bold: true, size: 26 },
      paragraph: { outlineLevel: 1, spacing: { before: 240, after: 120 }, keepNext: true },
    },
    {
      id: DOCX_STYLES.crossheadMinor,
      name: 'Crosshead 3',
      basedOn: DOCX_STYLES.crosshead,
      next: body,
      quickFormat: true,
      run: { size: 22 },
      paragraph: { outlineLevel: 2 },
    },
    {
      id: DOCX_STYLES.quote,
      name: DOCX_STYLES.quote,
      basedOn: DOCX_STYLES.body,
      next: body,
      quickFormat: true,
      run: { italics: true },
      paragraph: { indent: { left: 720, right: 720 } },
    },
  ];
}
