// `galley history ID`: the revisions a story keeps, oldest first (the filed
// copy, checkpoints, named and restored revisions), one a line or as JSON.
import { ArticleId } from '../../shared/article/model';
import type { RevisionSummary } from '../../shared/history/model';
import { parseCommandArgs } from '../args';
import { UsageError } from '../failure';
import type { Command } from '../io';
import { withLibrary } from '../library';

export const historyCommand: Command = {
  name: 'history',
  summary: 'list the revisions a story keeps',
  usage: [
    'galley history ID [--json] [--library DIR]',
    '',
    'One revision a line, oldest first: its number, when, what kind, who, why, and its length.',
    'Compare two of them with galley diff ID --from N --to M.',
    '--json prints the revision summaries as a JSON array.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, library: { type: 'string' } });
    const id = articleIdArg(positionals);
    const { revisions } = await withLibrary({ library: values.library, env: io.env }, ({ client }) => client.listRevisions({ id }));
    if (values.json) {
      io.out(JSON.stringify(revisions, null, 2));
      return;
    }
    if (revisions.length === 0) {
      io.out('No revisions kept yet.');
      return;
    }
    const numberWidth = String(revisions.at(-1)!.n).length;
    const kindWidth = Math.max(...revisions.map((r) => r.kind.length));
    const authorWidth = Math.max(...revisions.map((r) => r.author.length));
    for (const r of revisions) io.out(historyLine(r, numberWidth, kindWidth, authorWidth));
  },
};

function historyLine(r: RevisionSummary, numberWidth: number, kindWidth: number, authorWidth: number): string {
  return `${String(r.n).padStart(numberWidth)}  ${when(r.at)}  ${r.kind.padEnd(kindWidth)}  ${r.author.padEnd(authorWidth)}  ${r.reason}  (${r.words} words)`;
}

/** A revision's time as a sub reads it: date and minute, in UTC so every machine prints the same. */
export function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The one article id a history command takes. */
export function articleIdArg(positionals: string[]): string {
  if (positionals.length === 0) throw new UsageError('name an article id (galley list shows them)');
  if (positionals.length > 1) throw new UsageError('name one article id at a time');
  const parsed = ArticleId.safeParse(positionals[0]);
  if (!parsed.success) throw new UsageError(`“${positionals[0]}” is not an article id (galley list shows them)`);
  return parsed.data;
}
