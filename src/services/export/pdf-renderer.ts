// How a runtime turns an article into a PDF of its print layout. The desktop
// app uses Electron's printToPDF; browser mode and the command line drive
// Chromium. The export service only knows this signature.
import type { Article } from '../../shared/article/model';
import type { CopyfitResult } from '../../shared/layout/copyfit';
import type { HyphenationLocale } from '../../shared/layout/hyphenation';
import type { Speaker } from '../../shared/speakers/model';

/** The PDF, and how the story sat in its slot as printed (the PDF carries any overmatter on the pages after the slot). */
export interface PrintedPdf {
  pdf: Uint8Array;
  copyfit: Pick<CopyfitResult, 'state' | 'lines' | 'words' | 'message'>;
}

/** What the library says about how to print: the copy's spelling, whose patterns hyphenate the body. */
export interface PrintOptions {
  language?: HyphenationLocale;
}

export type PdfRenderer = (article: Article, speakers: Speaker[], print?: PrintOptions) => Promise<PrintedPdf>;
