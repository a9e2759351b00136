// A layout template: the page grid and the type styles a desk sets a story
// in, kept as data (resources/layouts/*.json) so a paper can add its own
// without a release. The slot is the one part a sub changes per story.
import { z } from 'zod';

/** Only the faces Galley ships (resources/fonts): the preview and the PDF must measure with the same metrics. */
export const FontFamily = z.enum(['Galley Serif', 'Galley Sans']);
export type FontFamily = z.infer<typeof FontFamily>;

const Weight = z.union([z.literal(400), z.literal(600), z.literal(700), z.literal(800)]);
const Points = (min: number, max: number) => z.number().min(min).max(max);

export const Grid = z
  .object({
    columns: z.number().int().min(1).max(12),
    columnWidthMm: z.number().min(20).max(300),
    gutterMm: z.number().min(0).max(20),
    /** White space round the slot on the proof page (and the PDF). */
    marginMm: z.number().min(0).max(40),
    /** The deepest slot the page allows. */
    pageDepthCm: z.number().min(5).max(200),
  })
  .strict();

export const Slot = z
  .object({
    columns: z.number().int().min(1).max(12),
    depthCm: z.number().min(2).max(200),
  })
  .strict();
export type Slot = z.infer<typeof Slot>;

export const LayoutTemplate = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/),
    name: z.string().min(1).max(80),
    grid: Grid,
    /** The slot a story gets until the sub changes it. */
    slot: Slot,
    body: z
      .object({
        font: FontFamily,
        sizePt: Points(6, 14),
        leadingPt: Points(6, 20),
        align: z.enum(['justify', 'left']),
        /** First-line indent of every paragraph after the intro or a crosshead; 0 for none. */
        indentEm: z.number().min(0).max(4),
        /** Space between paragraphs in lines of body leading: 0 on a page, more on the web. */
        paragraphSpaceLines: z.number().min(0).max(2).default(0),
        hyphenate: z.boolean(),
      })
      .strict(),
    headline: z
      .object({
        font: FontFamily,
        weight: Weight,
        /** Line height as a multiple of the size: headlines are set tight. */
        leading: z.number().min(0.8).max(1.6),
        /** More lines than this and the headline must be rewritten, not the copy cut. */
        maxLines: z.number().int().min(1).max(6),
        /** Size by the number of columns the headline spans: the widest entry not wider than the slot applies. */
        sizes: z
          .array(z.object({ columns: z.number().int().min(1).max(12), sizePt: Points(8, 144) }).strict())
          .min(1),
      })
      .strict(),
    standfirst: z
      .object({ font: FontFamily, sizePt: Points(6, 30), leadingPt: Points(6, 40), weight: Weight, italic: z.boolean() })
      .strict(),
    byline: z
      .object({ font: FontFamily, sizePt: Points(6, 14), weight: Weight, uppercase: z.boolean(), rule: z.boolean() })
      .strict(),
    intro: z
      .object({
        /** drop-cap: a raised initial sunk into the first lines; lead-in: the intro's first line in bold, lower case as small capitals. */
        style: z.enum(['drop-cap', 'lead-in', 'none']),
        dropCapLines: z.number().int().min(2).max(5),
      })
      .strict(),
    crosshead: z
      .object({
        font: FontFamily,
        sizePt: Points(6, 24),
        weight: Weight,
        align: z.enum(['left', 'center']),
        /** Space above a crosshead in whole lines of body leading, so the columns keep their baseline grid. */
        spaceBeforeLines: z.number().int().min(0).max(3),
      })
      .strict(),
    pullQuote: z
      .object({
        font: FontFamily,
        sizePt: Points(8, 36),
        leadingPt: Points(8, 44),
        weight: Weight,
        italic: z.boolean(),
        rules: z.boolean(),
        /** Set after this many body blocks (or at the end of a shorter story). */
        afterBlock: z.number().int().min(0).max(50),
      })
      .strict(),
  })
  .strict()
  .refine((t) => t.slot.columns <= t.grid.columns, { message: 'the default slot is wider than the page grid' })
  .refine((t) => t.slot.depthCm <= t.grid.pageDepthCm, { message: 'the default slot is deeper than the page' });
export type LayoutTemplate = z.infer<typeof LayoutTemplate>;

/** resources/layouts/index.json: which templates exist, in picker order. */
export const LayoutIndex = z.object({ about: z.string().optional(), templates: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/)).min(1) });
export type LayoutIndex = z.infer<typeof LayoutIndex>;
