// The export formats Galley offers: one list for the menus, the command
// line, the IPC contract and the file writer, and the pure exporter behind
// each text format. DOCX (a zip) is built on the Node side, and PDF by the
// shell, which prints the HTML export with Chromium.
import { z } from 'zod';
import type { Article } from '../article/model';
import type { Speaker } from '../speakers/model';
import { exportHtml } from './html';
import { exportMarkdown } from './markdown';
import { exportNewsML } from './newsml';
import { exportNinjs } from './ninjs';
import { exportNitf } from './nitf';
import type { ExportOptions } from './options';
import { exportPlainText } from './plain-text';

export const EXPORT_FORMATS = ['html', 'md', 'txt', 'docx', 'pdf', 'nitf', 'newsml', 'ninjs'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Formats whose export is a string made by a pure function here. */
export type TextExportFormat = Exclude<ExportFormat, 'docx' | 'pdf'>;
export type TextExporter = (article: Article, speakers: Speaker[], options?: ExportOptions) => string;

export const TEXT_EXPORTERS: Record<TextExportFormat, TextExporter> = {
  html: exportHtml,
  md: exportMarkdown,
  txt: exportPlainText,
  nitf: exportNitf,
  newsml: exportNewsML,
  ninjs: exportNinjs,
};

export const isTextExportFormat = (format: ExportFormat): format is TextExportFormat => format in TEXT_EXPORTERS;

/**
 * File extensions. The three wire formats carry their name before the usual
 * extension, so NITF and NewsML (both XML) can sit side by side in one folder
 * and still open in any XML or JSON tool.
 */
export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  html: 'html',
  md: 'md',
  txt: 'txt',
  docx: 'docx',
  pdf: 'pdf',
  nitf: 'nitf.xml',
  newsml: 'newsml.xml',
  ninjs: 'ninjs.json',
};

/** What the export menu calls each format. */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  html: 'Web page (HTML)',
  md: 'Markdown',
  txt: 'Plain text (wire)',
  docx: 'Word document (DOCX)',
  pdf: 'PDF',
  nitf: 'NITF 3.6',
  newsml: 'NewsML-G2',
  ninjs: 'ninjs (JSON)',
};
