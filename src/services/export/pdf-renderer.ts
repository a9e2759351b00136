// How a runtime turns an article into a PDF of its print layout. The desktop
// app uses Electron's printToPDF; browser mode and the command line drive
// Chromium. The export service only knows this signature.
import type { Article } from '../../shared/article/model';
import type { Speaker } from '../../shared/speakers/model';

export type PdfRenderer = (article: Article, speakers: Speaker[]) => Promise<Uint8Array>;
