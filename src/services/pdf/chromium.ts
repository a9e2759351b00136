// PDFs from headless Chromium, for browser mode and the command line: the
// print document is written to a temp file and Chromium prints it with
// --print-to-pdf, honouring the page's @page size. Each run gets its own
// throwaway profile so that it never contends with a Chromium the sub has open.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfRenderer } from '../export/pdf-renderer';
import { buildProof, type LayoutChooser } from './proof';
import { findResources } from './resources';

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

/** Flags for a one-shot, offline print: no sandbox (CI runs as root), no GPU, no calls home, no header or footer. */
export function chromiumPrintArgs(profileDir: string, outFile: string, inUrl: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--mute-audio',
    '--no-pdf-header-footer',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${outFile}`,
    inUrl,
  ];
}

const DEFAULT_TIMEOUT_MS = 60_000;

export function createChromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer | null {
  const executable = findChromium(options.executablePath);
  if (!executable) return null;
  const dirs = findResources(options.resourcesDir);
  if (!dirs) return null;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return async (article, speakers) => {
    const { html } = await buildProof(article, speakers, dirs, options.layout);
    const work = await mkdtemp(join(tmpdir(), 'galley-pdf-'));
    try {
      const input = join(work, 'proof.html');
      const output = join(work, 'proof.pdf');
      await writeFile(input, html, 'utf8');
      await run(executable, chromiumPrintArgs(join(work, 'profile'), output, pathToFileURL(input).href), timeout);
      const pdf = await readFile(output).catch(() => {
        throw new Error(`Chromium (${executable}) finished without writing a PDF.`);
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };
}

function run(file: string, args: string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const why = error.killed ? `did not finish within ${Math.round(timeout / 1000)} s` : `failed (${error.code ?? error.signal})`;
      const detail = String(stderr).split('\n').filter((l) => l && !/dbus|unexpected operator/i.test(l)).slice(-3).join(' ');
      reject(new Error(`Chromium ${why} printing the PDF${detail ? `: ${detail}` : ''}.`));
    });
  });
}
