// `galley import FILE…`: each file becomes a new article. Every file is read
// and checked before the first is saved, so one bad file imports nothing.
import { Buffer } from 'node:buffer';
import { ImportSandbox, importWorkerBeside } from '../../services/import/import-sandbox';
import { parseCommandArgs } from '../args';
import { UsageError } from '../failure';
import type { Command } from '../io';
import { withLibrary } from '../library';
import { readCopyFile, type CopyFile } from '../read-copy';

export const importCommand: Command = {
  name: 'import',
  summary: 'import copy files as new articles; prints their ids',
  usage: [
    'galley import FILE… [--library DIR]',
    '',
    'Imports each .txt, .md, .markdown, .html, .htm or .docx file as a new article',
    'and prints the new article ids, one a line. If any file cannot be read or',
    'imported, none is.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { library: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('name at least one file to import');

    const files: CopyFile[] = [];
    // Checked in the import worker, as the library will import them: a runaway parse stops there.
    const sandbox = new ImportSandbox({ workerFile: importWorkerBeside(import.meta.url) });
    try {
      for (const file of positionals) {
        const copy = await readCopyFile(file, io.cwd);
        await sandbox.importFile(copy.fileName, copy.bytes); // throws, naming the file, if it is not readable copy
        files.push(copy);
      }
    } finally {
      await sandbox.close();
    }
    await withLibrary({ library: values.library, env: io.env }, async ({ client }) => {
      for (const copy of files) {
        const article = await client.importFile({ fileName: copy.fileName, dataBase64: Buffer.from(copy.bytes).toString('base64') });
        io.out(article.id);
      }
    });
  },
};
