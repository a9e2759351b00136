// `galley`: the command line. Finds the command, runs it, and turns what it
// throws into an exit code and one line on stderr (failure.ts). Built to
// out/node/cli.js by vite.node.config.ts; bin/galley.mjs loads it.
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { quotesCommand } from './commands/quotes';
import { describeFailure, EXIT_OK, UsageError } from './failure';
import type { Command, Io } from './io';

const COMMANDS: Command[] = [importCommand, listCommand, quotesCommand, exportCommand];
const HELP = new Set(['--help', '-h', 'help']);

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Galley on the command line.',
    '',
    'Usage: galley <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The library is --library DIR, else GALLEY_LIBRARY, else the desktop app’s own.',
    'galley <command> --help shows a command’s options.',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io, err: (line: string) => void): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && HELP.has(name)) {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    io.out(command ? command.usage : usage());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (name === undefined || name.startsWith('-')) throw new UsageError('missing command');
    if (!command) throw new UsageError(`unknown command “${name}” (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
    if (rest.some((arg) => HELP.has(arg) && arg !== 'help')) {
      io.out(command.usage);
      return EXIT_OK;
    }
    await command.run(rest, io);
    return EXIT_OK;
  } catch (error) {
    const failure = describeFailure(command?.name ?? '', error);
    err(failure.line);
    if (io.env.GALLEY_DEBUG && error instanceof Error && error.stack) err(error.stack);
    return failure.code;
  }
}

// A reader that stops early (`galley list | head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
});

const errLine = (line: string) => void process.stderr.write(`${line}\n`);
const code = await runCli(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: errLine, env: process.env, cwd: process.cwd() }, errLine);
// Exit once both streams have drained: a PDF renderer may leave a browser handle open.
process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
