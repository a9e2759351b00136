// `galley rules test [FILE]`: runs every rule's examples and fails (exit 1)
// on any that does not behave as written, or on any rule set aside. With no
// FILE, the library's house-style.yaml when --library (or GALLEY_LIBRARY) is
// given, else the shipped default.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DeskCheckFiles } from '../../services/checks/desk-files';
import { defaultHouseStyleText } from '../../services/checks/node-checker';
import { testRuleExamples } from '../../shared/checks/examples';
import { loadHouseStyle } from '../../shared/checks/house-style';
import { GalleyError } from '../../shared/contract/errors';
import { parseCommandArgs } from '../args';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../failure';
import type { Command } from '../io';
import { withLibrary } from '../library';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'test a house-style rules file against its own examples',
  usage: [
    'galley rules test [FILE] [--library DIR]',
    '',
    'Runs each rule’s examples: every “flag” example must be caught and every',
    '“leave” example left alone. One line per failure or rule set aside,',
    'FILE:line: rule id: what went wrong, then a summary. Exits 1 on any.',
    'Without FILE: the library’s house-style.yaml when --library or',
    'GALLEY_LIBRARY is given, else the shipped default.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { library: { type: 'string' } });
    const [action, file, ...extra] = positionals;
    if (action !== 'test') throw new UsageError(action === undefined ? 'say what to do: galley rules test [FILE]' : `unknown action “${action}” (actions: test)`);
    if (extra.length) throw new UsageError('name one rules file at a time');
    const { name, text } = await rulesText(file, values.library, io.env, io.cwd);
    const style = loadHouseStyle(text);
    const { failures, run } = testRuleExamples(style.rules);
    for (const rule of style.setAside) io.out(`${name}:${rule.line}: rule ${rule.id ?? '(no id)'} set aside: ${rule.reason}`);
    for (const f of failures) {
      const what = f.expected === 'flag' ? 'should flag' : `should leave alone (it flagged ${f.found.map((t) => `“${t}”`).join(', ')})`;
      io.out(`${name}:${f.line}: rule ${f.ruleId} ${what}: “${f.example}”`);
    }
    io.out(`${style.rules.length} rules, ${run} examples: ${failures.length} failed, ${style.setAside.length} rules set aside.`);
    return failures.length || style.setAside.length ? EXIT_FAILED : EXIT_OK;
  },
};

async function rulesText(file: string | undefined, library: string | undefined, env: NodeJS.ProcessEnv, cwd: string): Promise<{ name: string; text: string }> {
  if (file !== undefined) {
    try {
      return { name: file, text: await readFile(path.resolve(cwd, file), 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new GalleyError('unreadable-file', `Could not read the rules file “${file}”: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
    }
  }
  if (library !== undefined || env.GALLEY_LIBRARY) {
    return withLibrary({ library, env }, async ({ galley }) => {
      const desk = new DeskCheckFiles(galley.store.layout.root);
      return { name: desk.houseStylePath, text: await desk.houseStyle() };
    });
  }
  return { name: 'house-style.yaml (default)', text: defaultHouseStyleText() };
}
