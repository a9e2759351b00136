// A rules file read and compiled in one step: what the worker, the command
// line and `galley rules test` load.
import { compileRules, type CompiledRule } from './compile';
import type { SetAsideRule } from './model';
import { readRulesFile } from './rules-file';

/** The desk's house style, ready to run. */
export interface HouseStyle {
  rules: CompiledRule[];
  /** Rules the file holds that could not be used, with line and reason, in file order. */
  setAside: SetAsideRule[];
  /** Every word the word-list rules prefer: the spelling check accepts them. */
  words: string[];
  /** Each rule's label by its id, for the checks panel. */
  labels: Record<string, string>;
}

/** Reads and compiles a rules file; never throws on what the file holds. */
export function loadHouseStyle(text: string): HouseStyle {
  const file = readRulesFile(text);
  const { rules, setAside } = compileRules(file.rules);
  return {
    rules,
    setAside: [...file.setAside, ...setAside].sort((a, b) => a.line - b.line),
    words: rules.flatMap((r) => r.words),
    labels: Object.fromEntries(rules.map((r) => [r.id, r.label])),
  };
}
