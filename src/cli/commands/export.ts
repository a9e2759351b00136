// `galley export`: articles (by id, or every one of a status) in the chosen
// formats into a folder, through the same export service as the app, then
// marked exported. Prints each file written, one a line.
import path from 'node:path';
import { ArticleId } from '../../shared/article/model';
import { GalleyError } from '../../shared/contract/errors';
import { unsafeFolderReason } from '../../shared/export/folder-rules';
import { EXPORT_FORMATS, ExportFormat } from '../../shared/export/formats';
import { listValue, parseCommandArgs } from '../args';
import { UsageError } from '../failure';
import type { Command } from '../io';
import { withLibrary } from '../library';
import { chromiumRenderer } from '../pdf';
import { parseStatus } from './status';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write articles as NITF, NewsML-G2, ninjs, HTML, Markdown, text, DOCX or PDF',
  usage: [
    'galley export ID… --format LIST --out DIR [--library DIR]',
    'galley export --status S --format LIST --out DIR [--library DIR]',
    '',
    'Writes each article into DIR (created if missing) as <catchline>.<ext>, prints',
    'each file written, and marks the articles exported. DIR is the exports root for',
    'this run (instead of the library settings’ one); a network share, a device or',
    'Galley’s own folders are refused. A file Galley did not write is never replaced:',
    'the export takes <catchline>-2.<ext> and says so on stderr; Galley’s own earlier',
    'export of the same story is replaced. A PDF carries the whole story, any',
    'overmatter on the pages after the slot, and stderr says by how many lines it is over.',
    `--format is a comma-separated list of: ${EXPORT_FORMATS.join(', ')}.`,
    'PDF needs Chromium: set GALLEY_CHROMIUM to its executable if it is not found.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      status: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      library: { type: 'string' },
    });
    if (positionals.length > 0 && values.status !== undefined) throw new UsageError('give article ids or --status, not both');
    if (positionals.length === 0 && values.status === undefined) throw new UsageError('name the articles to export: their ids, or --status S');
    const status = values.status === undefined ? undefined : parseStatus(values.status);
    const formats = parseFormats(values.format);
    if (!values.out?.trim()) throw new UsageError('--out is required: the folder to write the exports into');
    for (const id of positionals) {
      // Not even shaped like an id: the same answer as an id the library lacks.
      if (!ArticleId.safeParse(id).success) throw new GalleyError('not-found', `There is no article ${id} in the library.`);
    }

    const renderPdf = formats.includes('pdf') ? chromiumRenderer(io.env) : undefined;
    // A network share or device path goes to the folder rules as typed: path.resolve would turn //host/share into /host/share.
    const exportsRoot = unsafeFolderReason(values.out) ? values.out : path.resolve(io.cwd, values.out);
    const result = await withLibrary({ library: values.library, env: io.env, renderPdf, exportsRoot }, ({ client }) =>
      client.exportArticles(status ? { status, formats } : { ids: positionals, formats }),
    );
    for (const file of result.files) {
      io.out(file.path);
      if (file.note) io.err(`galley export: ${path.basename(file.path)}: ${file.note}`);
    }
    for (const warning of result.warnings) io.err(`galley export: ${warning.message}`);
  },
};

function parseFormats(value: string | undefined): ExportFormat[] {
  if (value === undefined) throw new UsageError(`--format is required: one or more of ${EXPORT_FORMATS.join(', ')}`);
  const names = listValue(value.toLowerCase());
  if (names.length === 0) throw new UsageError(`--format is empty: give one or more of ${EXPORT_FORMATS.join(', ')}`);
  const formats: ExportFormat[] = [];
  for (const name of names) {
    const parsed = ExportFormat.safeParse(name);
    if (!parsed.success) throw new UsageError(`unknown format “${name}” (choose from ${EXPORT_FORMATS.join(', ')})`);
    if (!formats.includes(parsed.data)) formats.push(parsed.data);
  }
  return formats;
}
