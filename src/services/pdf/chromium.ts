// PDFs from headless Chromium, for browser mode and the command line, driven
// by playwright-core over the DevTools protocol: the print document is set in
// a page, copyfit is measured in it (slot-geometry.ts), its soft hyphens are
// settled (settle-hyphens.ts), then the page prints,
// honouring its @page size: the slot on the first page, any overmatter on the
// pages after it. Each run gets its own throwaway profile so that it never
// contends with a Chromium the sub has open, and no network.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { PdfRenderer } from '../export/pdf-renderer';
import { buildProof, type LayoutChooser } from './proof';
import { findResources } from './resources';
import { settleHyphensInPage } from './settle-hyphens';
import { copyfitFromGeometry, measureSlotInPage } from './slot-geometry';
import { messageOf } from '../../shared/message-of';

export interface ChromiumPdfOptions {
  executablePath?: string;
  /** The folder holding fonts/ and layouts/; found beside the built code otherwise (see resources.ts). */
  resourcesDir?: string;
  /** Which layout and slot an article prints in; by default the first template in its default slot. */
  layout?: LayoutChooser;
  timeoutMs?: number;
}

const STANDARD_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function windowsPaths(env: NodeJS.ProcessEnv): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
  return roots.flatMap((root) => [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(root, 'Chromium', 'Application', 'chrome.exe')]);
}

/** The first Chromium found: the option, GALLEY_CHROMIUM, the standard install paths, then PATH. */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [explicit, env.GALLEY_CHROMIUM, ...STANDARD_PATHS, ...windowsPaths(env)].filter((p): p is string => !!p);
  for (const path of candidates) if (existsSync(path)) return path;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Flags for a one-shot, offline print: no sandbox (CI runs as root), no GPU, no calls home. */
export const CHROMIUM_PRINT_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--mute-audio',
];

const DEFAULT_TIMEOUT_MS = 60_000;

export function createChromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer | null {
  const executable = findChromium(options.executablePath);
  if (!executable) return null;
  const dirs = findResources(options.resourcesDir);
  if (!dirs) return null;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return async (article, speakers, print) => {
    const { html } = await buildProof(article, speakers, dirs, options.layout, print?.language);
    // Loaded on the first PDF only: the command line starts without it.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_PRINT_ARGS, timeout }).catch((error: unknown) => {
      throw new Error(`Chromium (${executable}) would not start: ${firstLine(error)}`);
    });
    try {
      // Offline: the page holds everything it needs (fonts as data: URLs), so any request is refused.
      const context = await browser.newContext({ offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      page.setDefaultTimeout(timeout);
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      const copyfit = copyfitFromGeometry(await page.evaluate(measureSlotInPage));
      await page.evaluate(settleHyphensInPage);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, outline: false, tagged: true });
      return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), copyfit };
    } catch (error) {
      throw new Error(`Chromium could not print the PDF: ${firstLine(error)}`);
    } finally {
      await browser.close().catch(() => undefined);
    }
  };
}

const firstLine = (error: unknown) => messageOf(error).split('\n')[0];
