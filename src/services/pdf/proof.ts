// The page a PDF renderer prints: the shared print document with the shipped
// fonts embedded as data: URLs, so the page needs nothing from disk or the
// network while it prints, and the layout chosen for the article.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/model';
import { fontFaceCss } from '../../shared/layout/font-faces';
import type { HyphenationLocale } from '../../shared/layout/hyphenation';
import { loadHyphenator } from '../../shared/layout/hyphenation-patterns';
import { printDocument } from '../../shared/layout/print-document';
import { clampSlot } from '../../shared/layout/slot';
import type { SpeakerName } from '../../shared/layout/speakers';
import { LayoutIndex, LayoutTemplate, type Slot } from '../../shared/layout/template';
import type { ResourceDirs } from './resources';

/** The layout an article prints in. */
export interface ProofLayout {
  template: LayoutTemplate | string;
  slot?: Slot;
  pullQuoteId?: string | null;
  /** The spelling the copy is in (the library's spellingLocale): its hyphenation patterns break the body's words. en-GB when absent. */
  language?: HyphenationLocale;
}

/**
 * Which layout an article prints in; by default the one the sub chose for it
 * in the preview (the article's `layout`), else the first template in
 * index.json, in its default slot.
 */
export type LayoutChooser = (article: Article) => ProofLayout | null | Promise<ProofLayout | null>;

export async function readTemplate(dirs: ResourceDirs, id?: string): Promise<LayoutTemplate> {
  const index = LayoutIndex.parse(JSON.parse(await readFile(join(dirs.layoutsDir, 'index.json'), 'utf8')));
  const name = id ?? index.templates[0];
  if (!index.templates.includes(name)) throw new Error(`There is no layout called ${name} in ${dirs.layoutsDir}.`);
  return LayoutTemplate.parse(JSON.parse(await readFile(join(dirs.layoutsDir, `${name}.json`), 'utf8')));
}

let fontsCache: { dir: string; css: Promise<string> } | null = null;

/** fonts.css with every font file inlined: about 300 kB, read once per process. */
export function embeddedFonts(dirs: ResourceDirs): Promise<string> {
  if (fontsCache?.dir !== dirs.fontsDir) {
    const css = (async () => {
      const source = await readFile(join(dirs.fontsDir, 'fonts.css'), 'utf8');
      const files = [...source.matchAll(/url\((['"]?)\.\/([^'")]+)\1\)/g)].map((m) => m[2]);
      const data = new Map<string, string>();
      for (const file of new Set(files)) data.set(file, `data:font/woff2;base64,${(await readFile(join(dirs.fontsDir, file))).toString('base64')}`);
      return fontFaceCss(source, (file) => data.get(file)!);
    })();
    fontsCache = { dir: dirs.fontsDir, css };
    css.catch(() => (fontsCache = null));
  }
  return fontsCache!.css;
}

export interface Proof {
  html: string;
  template: LayoutTemplate;
  slot: Slot;
}

export async function buildProof(article: Article, speakers: readonly SpeakerName[], dirs: ResourceDirs, choose?: LayoutChooser, language: HyphenationLocale = 'en-GB'): Promise<Proof> {
  const chosen = (await choose?.(article)) ?? (await articleLayout(article, dirs));
  const template = typeof chosen?.template === 'object' ? chosen.template : await readTemplate(dirs, chosen?.template);
  const slot = clampSlot(template, chosen?.slot ?? template.slot);
  language = chosen?.language ?? language;
  // Hyphenated as the preview hyphenates, so the PDF breaks its lines where the sub saw them break.
  const hyphenator = template.body.hyphenate ? await loadHyphenator(language) : null;
  const html = printDocument(article, speakers, template, slot, {
    fontFaceCss: await embeddedFonts(dirs),
    pullQuoteId: chosen?.pullQuoteId ?? null,
    language,
    hyphenator,
  });
  return { html, template, slot };
}

/**
 * The layout the sub chose for the article in the preview. A template since
 * taken out of the desk's layouts gives way to the default, as the preview
 * does, with the pull quote kept; the slot was for the old template, so it goes.
 */
async function articleLayout(article: Article, dirs: ResourceDirs): Promise<ProofLayout | null> {
  const choice = article.layout;
  if (!choice) return null;
  const index = LayoutIndex.parse(JSON.parse(await readFile(join(dirs.layoutsDir, 'index.json'), 'utf8')));
  const known = choice.templateId === null || index.templates.includes(choice.templateId);
  const template = known ? (choice.templateId ?? index.templates[0]) : index.templates[0];
  return { template, slot: known ? (choice.slot ?? undefined) : undefined, pullQuoteId: choice.pullQuoteId };
}
