// `galley quotes FILE|ID`: the quotes Galley detects in a story and who it
// thinks said each, without saving anything. A FILE is read through the
// importer as if dropped on the app (furniture stripped, nothing stored);
// an ID is read from the library and matched against its speaker directory.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ImportSandbox, importWorkerBeside } from '../../services/import/import-sandbox';
import { ArticleId, type DocNode } from '../../shared/article/model';
import { textblocks } from '../../shared/article/text';
import { detectQuotes, type DetectedQuote, type DetectedSpeaker, type Detection } from '../../shared/quotes/detect';
import type { Speaker } from '../../shared/speakers/model';
import { parseCommandArgs } from '../args';
import { UsageError } from '../failure';
import type { Command, Io } from '../io';
import { withLibrary } from '../library';
import { readCopyFile } from '../read-copy';

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'show the quotes detected in a file or article, and their speakers',
  usage: [
    'galley quotes FILE|ID [--json] [--library DIR]',
    '',
    'One line per quote: its number, the suggested speaker and the quoted words,',
    'then the speakers with their kind, role and later references, and any later',
    'reference spelt unlike the name. Nothing is saved.',
    '--json prints the whole detection (segments, cues, confidence, speakers).',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, library: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('name a file or an article id');
    if (positionals.length > 1) throw new UsageError('name one file or article id at a time');
    const detection = await detect(positionals[0], values.library, io);
    if (values.json) io.out(JSON.stringify(detection, null, 2));
    else for (const line of describe(detection)) io.out(line);
  },
};

async function detect(target: string, library: string | undefined, io: Io): Promise<Detection> {
  // An id has no dots or slashes; a file of that exact name in the working folder still wins.
  if (ArticleId.safeParse(target).success && !existsSync(path.resolve(io.cwd, target))) {
    return withLibrary({ library, env: io.env }, async ({ client }) => {
      const article = await client.getArticle({ id: target });
      const { speakers } = await client.listSpeakers({});
      return detectIn(article.body, speakers);
    });
  }
  const copy = await readCopyFile(target, io.cwd);
  const sandbox = new ImportSandbox({ workerFile: importWorkerBeside(import.meta.url) });
  const imported = await sandbox.importFile(copy.fileName, copy.bytes).finally(() => sandbox.close());
  return detectIn(imported.body, []);
}

function detectIn(body: DocNode, knownSpeakers: Speaker[]): Detection {
  return detectQuotes(
    textblocks(body).map((b) => b.text),
    { knownSpeakers },
  );
}

function describe(detection: Detection): string[] {
  if (detection.quotes.length === 0) return ['No quotes found.'];
  const numberWidth = String(detection.quotes.length).length;
  const names = detection.quotes.map((q) => q.speaker?.name ?? '(no speaker)');
  const nameWidth = Math.max(...names.map((n) => n.length));
  const lines = detection.quotes.map((q, i) => `${String(q.number).padStart(numberWidth)}  ${names[i].padEnd(nameWidth)}  ${quoted(q)}`);
  if (detection.speakers.length) lines.push('', 'Speakers:', ...detection.speakers.map(speakerLine));
  return lines;
}

/** The words as the reader sees them; a quotation run on over paragraphs shows each break as ¶. */
function quoted(quote: DetectedQuote): string {
  const text = quote.segments.map((s) => s.text.replace(/\u00a0/g, ' ')).join(' ¶ ');
  return `“${text}${quote.unclosed ? '' : '”'}${quote.unclosed ? '  (never closed)' : ''}`;
}

function speakerLine(speaker: DetectedSpeaker): string {
  const kind = speaker.kind === 'person' ? '' : ` [${speaker.kind}]`;
  const role = speaker.role ? `, ${speaker.role}` : '';
  const later = speaker.laterReferences.length ? ` (later: ${speaker.laterReferences.join(', ')})` : '';
  // A later reference spelt unlike the name is linked, but the sub should look at it.
  const variants = speaker.variants.length ? ` — spelt differently: ${speaker.variants.join(', ')}` : '';
  return `  ${speaker.name}${kind}${role}${later}${variants}`;
}
