// How the command line prints PDF: with headless Chromium (GALLEY_CHROMIUM,
// else the usual install places and PATH; see services/pdf/chromium.ts).
import { GalleyError } from '../shared/contract/errors';
import type { PdfRenderer } from '../services/export/export-service';
import { createChromiumPdfRenderer, findChromium } from '../services/pdf/chromium';

/**
 * The renderer, or undefined when there is no Chromium (the export service
 * then refuses PDF, saying how to point Galley at one). A Chromium without
 * Galley's fonts and layouts is a different fault, named here.
 */
export function chromiumRenderer(env: NodeJS.ProcessEnv): PdfRenderer | undefined {
  const renderer = createChromiumPdfRenderer({ executablePath: env.GALLEY_CHROMIUM || undefined });
  if (renderer) return renderer;
  if (findChromium(env.GALLEY_CHROMIUM || undefined, env)) {
    throw new GalleyError(
      'not-found',
      'PDF needs Galley’s fonts and print layouts (the resources folder), and they were not found beside the program: set GALLEY_RESOURCES to the folder that holds fonts/ and layouts/.',
    );
  }
  return undefined;
}
