// PDFs in the desktop app: Electron's own Chromium prints the shared print
// document in a hidden, offscreen, sandboxed window. The page is a temp file
// (fonts inlined as data: URLs) whose policy allows no script and no fetch;
// the shell alone runs one function in it, which measures copyfit before the
// print (the slot on the first page, overmatter on the pages after).
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageSizeInches } from '../shared/layout/slot';
import { mmToInches } from '../shared/layout/units';
import type { PdfRenderer } from '../services/export/pdf-renderer';
import { buildProof, type LayoutChooser } from '../services/pdf/proof';
import { findResources } from '../services/pdf/resources';
import { settleHyphensInPage } from '../services/pdf/settle-hyphens';
import { copyfitFromGeometry, measureSlotInPage, type SlotGeometry } from '../services/pdf/slot-geometry';

export interface ElectronPdfOptions {
  /** The folder holding fonts/ and layouts/; by default found from out/main (../../resources), or GALLEY_RESOURCES. */
  resourcesDir?: string;
  layout?: LayoutChooser;
}

export function createElectronPdfRenderer(options: ElectronPdfOptions = {}): PdfRenderer {
  return async (article, speakers, print) => {
    const dirs = findResources(options.resourcesDir ?? (process.resourcesPath ? join(process.resourcesPath, 'resources') : undefined));
    if (!dirs) throw new Error('The fonts and layouts Galley prints with are missing from this installation.');
    const { html, template, slot } = await buildProof(article, speakers, dirs, options.layout, print?.language);
    const work = await mkdtemp(join(tmpdir(), 'galley-pdf-'));
    const window = new BrowserWindow({
      show: false,
      width: 1200,
      height: 1600,
      webPreferences: {
        offscreen: true,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        // For the shell's own measuring call only: the page's policy (script-src none) runs nothing of its own.
        javascript: true,
        webSecurity: true,
        spellcheck: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      const file = join(work, 'proof.html');
      await writeFile(file, html, 'utf8');
      await window.loadFile(file);
      const geometry = (await window.webContents.executeJavaScript(`document.fonts.ready.then(() => (${measureSlotInPage.toString()})())`)) as SlotGeometry;
      // The layout's soft hyphens: a printed hyphen where a line broke, gone elsewhere (services/pdf/settle-hyphens.ts).
      await window.webContents.executeJavaScript(`(${settleHyphensInPage.toString()})()`);
      const margin = mmToInches(template.grid.marginMm);
      // Electron 45: pageSize and margins in inches; the page's @page rule says the same and is preferred.
      const pdf = await window.webContents.printToPDF({
        pageSize: pageSizeInches(template, slot),
        margins: { top: margin, bottom: margin, left: margin, right: margin },
        printBackground: true,
        preferCSSPageSize: true,
      });
      return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), copyfit: copyfitFromGeometry(geometry) };
    } finally {
      window.destroy();
      await rm(work, { recursive: true, force: true });
    }
  };
}
