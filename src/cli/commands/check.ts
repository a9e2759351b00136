// `galley check FILE|ID…`: spelling, house style and names, for newsroom
// automation. One line per match (`story:line:column rule message`), or the
// matches as JSON; exit 1 when any match is an error. A FILE is read through
// the importer as if dropped on the app; an ID is read from the library,
// with its speaker directory, settings, desk dictionary and house style.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importFile } from '../../services/import/import-copy';
import { DeskCheckFiles } from '../../services/checks/desk-files';
import { nodeChecker } from '../../services/checks/node-checker';
import { ArticleId } from '../../shared/article/model';
import { storyBlocks, type StoryFields } from '../../shared/checks/blocks';
import type { CheckMatch, SetAsideRule } from '../../shared/checks/model';
import { DEFAULT_SETTINGS, type LibrarySettings } from '../../shared/settings/model';
import { GalleyError } from '../../shared/contract/errors';
import type { Speaker } from '../../shared/speakers/model';
import { parseCommandArgs } from '../args';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../failure';
import type { Command, Io } from '../io';
import { withLibrary } from '../library';
import { readCopyFile } from '../read-copy';
import { locator, type Place } from './check-locate';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check spelling, house style and names in files or articles',
  usage: [
    'galley check FILE|ID… [--json] [--rules FILE] [--library DIR]',
    '',
    'One line per match: story:line:column rule message. Exits 1 when any match',
    'is an error, 0 when there are only warnings and advice, or none; 3 when a',
    'story or the rules file could not be read (named on stderr with the reason;',
    'the other stories are still checked), 2 on a usage mistake.',
    'An ID is checked with its library’s settings, speaker directory, desk',
    'dictionary and house-style.yaml; a FILE with the shipped defaults (en-GB',
    'and the British house style), or its library’s when --library is given.',
    '--rules FILE checks against that rules file instead of the house style.',
    '--json prints {"stories": [{story, matches, rulesSetAside}]}; a story that',
    'could not be read has an "error" sentence and no matches. Each match has',
    'rule, kind (spelling, style, names), level (error, warning, advice),',
    'message, field, block, start, end (in the block), line, column (characters',
    'from 1), offset (UTF-16 units from the start of a .txt/.md file, else of',
    'the story one block a line), text, suggestions (best first; empty when',
    'there are none), and for a name spelt two ways, spellings.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, rules: { type: 'string' }, library: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('name at least one file or article id');
    let rulesText: string | undefined;
    try {
      rulesText = values.rules === undefined ? undefined : await readRules(values.rules, io.cwd);
    } catch (error) {
      // Without its rules no story can be checked as asked: nothing is read, and the exit says the check did not happen.
      if (!(error instanceof GalleyError)) throw error;
      io.err(`galley check: ${error.message}`);
      return EXIT_UNCHECKED;
    }
    const reports: StoryReport[] = [];
    const ids = positionals.filter((t) => isId(t, io.cwd));
    // A story that cannot be read is reported and the rest are still checked: a script checking a folder learns which one failed.
    const each = async (target: string, check: () => Promise<StoryReport>) => {
      try {
        reports.push(await check());
      } catch (error) {
        if (!(error instanceof GalleyError)) throw error;
        reports.push({ story: target, error: error.message, matches: [], rulesSetAside: [], rulesName: '' });
      }
    };
    if (ids.length || values.library !== undefined || io.env.GALLEY_LIBRARY) {
      await withLibrary({ library: values.library, env: io.env }, async ({ client, galley }) => {
        const settings = await client.getSettings({});
        const { speakers } = await client.listSpeakers({});
        const desk = await new DeskCheckFiles(galley.store.layout.root).read();
        const setup = { settings, speakers, houseStyle: rulesText ?? desk.houseStyle, rulesName: values.rules ?? desk.houseStylePath, deskWords: desk.deskWords };
        for (const target of positionals) {
          if (ids.includes(target)) await each(target, async () => checkStory(target, await client.getArticle({ id: target }), null, setup));
          else await each(target, async () => checkStory(target, ...(await readFileStory(target, io.cwd)), setup));
        }
      });
    } else {
      const setup = { settings: DEFAULT_SETTINGS, speakers: [], houseStyle: rulesText, rulesName: values.rules ?? 'the default house style', deskWords: [] };
      for (const target of positionals) await each(target, async () => checkStory(target, ...(await readFileStory(target, io.cwd)), setup));
    }
    for (const report of reports) if (report.error !== undefined) io.err(`galley check: ${report.error}`);
    if (values.json) io.out(JSON.stringify({ stories: reports.map(({ rulesName: _, story, error, matches, rulesSetAside }) => (error === undefined ? { story, matches, rulesSetAside } : { story, error, matches, rulesSetAside })) }, null, 2));
    else {
      for (const line of setAsideLines(reports)) io.err(line);
      for (const report of reports) for (const m of report.matches) io.out(`${report.story}:${m.line}:${m.column} ${m.rule} ${m.message}`);
    }
    if (reports.some((r) => r.error !== undefined)) return EXIT_UNCHECKED;
    return reports.some((r) => r.matches.some((m) => m.level === 'error')) ? EXIT_FAILED : EXIT_OK;
  },
};

/** A story (or the rules file) could not be read, so the check is not complete: apart from 1, which means it found an error. */
const EXIT_UNCHECKED = 3;

/** One match as `--json` gives it: the engine's match, its rule named `rule`, placed by field, line and column. */
type JsonMatch = Place & Omit<CheckMatch, 'ruleId'> & { rule: string; field: string };

interface StoryReport {
  story: string;
  /** Why the story could not be checked: a file that cannot be read or imported, an id not in the library. */
  error?: string;
  matches: JsonMatch[];
  rulesSetAside: SetAsideRule[];
  rulesName: string;
}

interface Setup {
  settings: LibrarySettings;
  speakers: Speaker[];
  houseStyle: string | undefined;
  rulesName: string;
  deskWords: string[];
}

function isId(target: string, cwd: string): boolean {
  // An id has no dots or slashes; a file of that exact name in the working folder still wins.
  return ArticleId.safeParse(target).success && !existsSync(path.resolve(cwd, target));
}

async function readRules(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GalleyError('unreadable-file', `Could not read the rules file “${file}”: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
  }
}

/** A file as the importer reads it, and its text when lines in it can be found again (plain text, Markdown). */
async function readFileStory(target: string, cwd: string): Promise<[StoryFields, string | null]> {
  const copy = await readCopyFile(target, cwd);
  const imported = await importFile(copy.fileName, copy.bytes);
  // A byte-order mark is kept, as any reader of the file keeps it, so offsets count from the file's first character.
  const plain = /\.(?:txt|text|md|markdown)$/iu.test(copy.fileName) ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(copy.bytes) : null;
  return [imported, plain];
}

const checkers = new Map<string, ReturnType<typeof nodeChecker>>();

function checkStory(story: string, fields: StoryFields, source: string | null, setup: Setup): StoryReport {
  const key = JSON.stringify([setup.settings.spellingLocale, setup.settings.leaveQuotesAsSpoken, setup.houseStyle ?? null, setup.deskWords, setup.speakers.map((s) => s.id)]);
  let built = checkers.get(key);
  if (!built) {
    built = nodeChecker({
      locale: setup.settings.spellingLocale,
      houseStyle: setup.houseStyle,
      deskWords: setup.deskWords,
      directory: setup.speakers.map((s) => ({ name: s.name, laterReference: s.laterReference })),
      leaveQuotesAsSpoken: setup.settings.leaveQuotesAsSpoken,
    });
    checkers.set(key, built);
  }
  const blocks = storyBlocks(fields);
  const locate = locator(blocks, source);
  const checker = built.checker;
  // Suggestions are worked out per match after the check, as the popover does.
  const matches = checker.withSuggestions(checker.checkStory(blocks)).map((m): JsonMatch => ({
    rule: m.ruleId,
    kind: m.kind,
    level: m.level,
    message: m.message,
    field: blocks[m.block].field,
    block: m.block,
    start: m.start,
    end: m.end,
    ...locate(m.block, m.start),
    text: m.text,
    suggestions: m.suggestions,
    ...(m.spellings ? { spellings: m.spellings } : {}),
  }));
  return { story, matches, rulesSetAside: [...built.houseStyle.setAside, ...built.checker.setAside], rulesName: setup.rulesName };
}

/** Each rule set aside, once, naming the rules file and line. */
function setAsideLines(reports: readonly StoryReport[]): string[] {
  const lines = new Set<string>();
  for (const report of reports) for (const rule of report.rulesSetAside) lines.add(`${report.rulesName}:${rule.line}: rule ${rule.id ?? '(no id)'} set aside: ${rule.reason}`);
  return [...lines];
}
