// `galley diff ID [--from REV] [--to REV]`: what changed between two
// revisions of a story (by default its filed copy and the story as it stands
// now), word by word: [-taken out-] and {+put in+}, as git's word diff marks
// them, for each changed field and each changed paragraph, then the quotes
// whose words or speaker changed.
import type { Article } from '../../shared/article/model';
import type { GalleyClient } from '../../shared/contract/api';
import { compareStories, type Comparable, type Comparison, type TextPart } from '../../shared/history/compare';
import { parseCommandArgs } from '../args';
import { UsageError } from '../failure';
import type { Command } from '../io';
import { withLibrary } from '../library';
import { articleIdArg, when } from './history';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'show what changed between two revisions of a story, word by word',
  usage: [
    'galley diff ID [--from REV] [--to REV] [--json] [--library DIR]',
    '',
    'REV is a revision number (galley history ID lists them), “filed” for the filed copy',
    'or “now” for the story as saved. By default the filed copy is compared with now.',
    'Taken-out words are shown [-like this-], put-in words {+like this+}.',
    '--json prints the whole comparison (fields, body changes with positions, quotes).',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
      library: { type: 'string' },
    });
    const id = articleIdArg(positionals);
    const from = parseRev(values.from ?? 'filed', '--from');
    const to = parseRev(values.to ?? 'now', '--to');
    const { a, b } = await withLibrary({ library: values.library, env: io.env }, async ({ client }) => ({
      a: await load(client, id, from),
      b: await load(client, id, to),
    }));
    const comparison = compareStories(a.story, b.story);
    if (values.json) {
      io.out(JSON.stringify({ from: a.label, to: b.label, ...comparison }, null, 2));
      return;
    }
    io.out(`Comparing ${a.label} with ${b.label}`);
    for (const line of describe(comparison)) io.out(line);
  },
};

type Rev = number | 'filed' | 'now';

function parseRev(value: string, option: string): Rev {
  const word = value.trim().toLowerCase();
  if (word === 'filed' || word === 'now') return word;
  if (/^\d{1,9}$/.test(word) && Number(word) >= 1) return Number(word);
  throw new UsageError(`${option} takes a revision number, “filed” or “now”, not “${value}”`);
}

async function load(client: GalleyClient, id: string, rev: Rev): Promise<{ story: Comparable; label: string }> {
  if (rev === 'now') {
    const article: Article = await client.getArticle({ id });
    return { story: article, label: `the story as saved now` };
  }
  let n = rev;
  if (rev === 'filed') {
    const { revisions } = await client.listRevisions({ id });
    const filed = revisions.find((r) => r.kind === 'filed') ?? revisions[0];
    if (!filed) throw new UsageError('this story keeps no revisions yet, so there is no filed copy to compare with');
    n = filed.n;
  }
  const revision = await client.getRevision({ id, n: n as number });
  return { story: revision.fields, label: `revision ${revision.n} (${revision.reason}, ${when(revision.at)}, ${revision.author})` };
}

/** The comparison as lines: changed fields, changed paragraphs, changed quotes. */
export function describe(comparison: Comparison): string[] {
  const lines: string[] = [];
  const { fields, bodyParts, quotes } = comparison;
  for (const field of fields) lines.push(`${field.field}: ${marked(field.parts)}`);
  const paragraphs = changedParagraphs(bodyParts);
  if (paragraphs.length) {
    lines.push('', 'Body:');
    for (const { number, text } of paragraphs) lines.push(`¶${number}  ${text}`);
  }
  if (quotes.length) {
    lines.push('', 'Quotes:');
    for (const quote of quotes) {
      if (quote.kind === 'words') lines.push(`  words changed: ${marked(quote.parts)}`);
      else if (quote.kind === 'speaker') lines.push(`  speaker changed (${quote.before?.speakerId ?? 'none'} → ${quote.after?.speakerId ?? 'none'}): ${quote.after?.text}`);
      else if (quote.kind === 'tagged') lines.push(`  tagged since: ${quote.after?.text}`);
      else lines.push(`  no longer tagged: ${quote.before?.text}`);
    }
  }
  if (lines.length === 0) lines.push('No changes.');
  return lines;
}

function marked(parts: readonly TextPart[]): string {
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'deleted' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}

/** The body’s paragraphs that hold a change, numbered as they stand in the marked text (a cut paragraph counts), each with its marks. */
function changedParagraphs(parts: readonly TextPart[]): Array<{ number: number; text: string }> {
  const paragraphs: Array<{ parts: TextPart[]; changed: boolean }> = [{ parts: [], changed: false }];
  for (const part of parts) {
    const pieces = part.text.split('\n\n');
    pieces.forEach((piece, i) => {
      if (i > 0) paragraphs.push({ parts: [], changed: false });
      const current = paragraphs.at(-1)!;
      if (piece) current.parts.push({ op: part.op, text: piece });
      if (part.op !== 'same' && (piece || pieces.length > 1)) current.changed = true;
    });
  }
  return paragraphs.flatMap((p, i) => (p.changed && p.parts.length ? [{ number: i + 1, text: marked(p.parts) }] : []));
}
