// Opening the library a command works on: --library, else GALLEY_LIBRARY,
// else the desktop app's own library, so all three see the same articles.
import { openGalley, type Galley } from '../services/galley';
import type { PdfRenderer } from '../services/export/export-service';
import { resolveLibraryPath } from '../services/library-path';
import type { GalleyClient } from '../shared/contract/api';
import { createCliClient } from './client';

export interface OpenLibrary {
  client: GalleyClient;
  galley: Galley;
}

/** Runs `work` on the library and always closes it, so index.json is written even after a failure. */
export async function withLibrary<T>(
  options: { library?: string; env: NodeJS.ProcessEnv; renderPdf?: PdfRenderer; exportsRoot?: string },
  work: (library: OpenLibrary) => Promise<T>,
): Promise<T> {
  const folder = resolveLibraryPath(options.library ? ['--library', options.library] : [], options.env);
  const galley = await openGalley({ library: folder, renderPdf: options.renderPdf, exportsRoot: options.exportsRoot });
  try {
    return await work({ client: createCliClient(galley.handlers), galley });
  } finally {
    await galley.close();
  }
}
