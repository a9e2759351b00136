// `galley list`: the library's articles, newest change first, one a line
// (id, status, catchline, headline), or as JSON for scripts.
import { ArticleStatus } from '../../shared/article/model';
import { parseCommandArgs } from '../args';
import type { Command } from '../io';
import { withLibrary } from '../library';
import { parseStatus } from './status';

export const listCommand: Command = {
  name: 'list',
  summary: 'list the articles in the library',
  usage: [
    'galley list [--status S] [--json] [--library DIR]',
    '',
    'One article a line: id, status, catchline, headline; newest change first.',
    `--status keeps only articles of one status (${ArticleStatus.options.join(', ')}).`,
    '--json prints the article summaries as a JSON array.',
  ].join('\n'),

  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { status: { type: 'string' }, json: { type: 'boolean' }, library: { type: 'string' } });
    const status = values.status === undefined ? undefined : parseStatus(values.status);
    const listing = await withLibrary({ library: values.library, env: io.env }, ({ client }) => client.listArticles({}));
    const articles = listing.articles.filter((a) => !status || a.status === status);

    if (values.json) {
      io.out(JSON.stringify(articles, null, 2));
      return;
    }
    const statusWidth = Math.max(0, ...articles.map((a) => a.status.length));
    const catchlineWidth = Math.max(0, ...articles.map((a) => a.catchline.length));
    for (const a of articles) {
      io.out(`${a.id}  ${a.status.padEnd(statusWidth)}  ${a.catchline.padEnd(catchlineWidth)}  ${a.headline || '(untitled)'}`);
    }
  },
};
