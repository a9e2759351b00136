// Reading the desk's rules file (house-style.yaml). A chief sub edits it by
// hand, so a mistake in it is expected and never stops Galley: the file is
// read whole when it can be, else rule by rule, and every rule that cannot be
// used is set aside with its line and the reason, for the checks panel and
// `galley rules test` to show. Only the shape is judged here; whether a
// pattern compiles and runs safely is compile.ts's concern.
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { CHECK_LEVELS, type CheckLevel, type SetAsideRule } from './model';

export const RULE_KINDS = ['pattern', 'swap', 'words', 'coded'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** One rule as the file states it, checked for shape. */
export interface RuleSpec {
  id: string;
  kind: RuleKind;
  level: CheckLevel;
  message: string;
  /** What the checks panel calls the rule ("-ise spellings"); its id in words when absent. */
  label?: string;
  /** 1-based line of the rule in the file. */
  line: number;
  /** pattern: a regular expression; replace: its replacement, $1 for a captured group. */
  pattern?: string;
  replace?: string;
  ignoreCase?: boolean;
  /** swap: bad → good. */
  swap?: Record<string, string>;
  /** words: the preferred spellings. */
  words?: string[];
  /** coded: which coded rule. */
  check?: string;
  examples: { flag: string[]; leave: string[] };
}

export interface RulesFile {
  rules: RuleSpec[];
  setAside: SetAsideRule[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/u;
const MAX_RULES = 2_000;

/** The rules a file holds, and those set aside with the line and reason. */
export function readRulesFile(text: string): RulesFile {
  const setAside: SetAsideRule[] = [];
  const items = ruleItems(text, setAside);
  const rules: RuleSpec[] = [];
  const lineOfId = new Map<string, number>();
  for (const item of items.slice(0, MAX_RULES)) {
    const judged = ruleSpec(item.value, item.line);
    if (typeof judged === 'string') {
      setAside.push({ id: idOf(item.value), line: item.line, reason: judged });
      continue;
    }
    const first = lineOfId.get(judged.id);
    if (first !== undefined) {
      setAside.push({ id: judged.id, line: item.line, reason: `the id “${judged.id}” is already used by the rule on line ${first}; each rule needs its own id` });
      continue;
    }
    lineOfId.set(judged.id, item.line);
    rules.push(judged);
  }
  if (items.length > MAX_RULES) setAside.push({ id: null, line: items[MAX_RULES].line, reason: `the file holds more than ${MAX_RULES} rules; the rest were not read` });
  return { rules, setAside: setAside.sort((a, b) => a.line - b.line) };
}

interface RawItem {
  value: unknown;
  line: number;
}

/** The items under `rules:`, with their lines; a file YAML cannot read is read again one rule at a time. */
function ruleItems(text: string, setAside: SetAsideRule[]): RawItem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length === 0) {
    const list = doc.get('rules', true);
    if (isSeq(list)) {
      return list.items.map((node) => ({
        value: (node as { toJSON?: () => unknown })?.toJSON?.() ?? node,
        line: lines.linePos((node as { range?: [number] })?.range?.[0] ?? 0).line,
      }));
    }
    if (!(isMap(doc.contents) && doc.has('rules')) && text.trim() !== '') {
      setAside.push({ id: null, line: 1, reason: 'the file has no “rules:” list; every rule goes under “rules:”, each starting with “- id:”' });
      return [];
    }
    if (text.trim() !== '' && list !== undefined && list !== null) setAside.push({ id: null, line: lines.linePos(doc.contents?.range?.[0] ?? 0).line, reason: '“rules:” must be a list, each rule starting with “- id:”' });
    return [];
  }
  return ruleByRule(text, setAside);
}

/** Reads each “- ” item under “rules:” on its own, so one broken rule costs only itself. */
function ruleByRule(text: string, setAside: SetAsideRule[]): RawItem[] {
  const lines = text.split(/\r?\n/u);
  const header = lines.findIndex((l) => /^rules\s*:\s*(?:#.*)?$/u.test(l));
  if (header < 0) {
    const doc = parseDocument(text);
    const error = doc.errors[0];
    setAside.push({ id: null, line: (error?.linePos?.[0]?.line ?? 1), reason: `the file is not readable YAML (${firstLine(error?.message ?? 'unknown error')}) and has no “rules:” line to read rules from` });
    return [];
  }
  let indent = -1;
  const starts: number[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const m = /^(\s*)-(?:\s|$)/u.exec(lines[i]);
    if (!m) continue;
    if (indent < 0) indent = m[1].length;
    if (m[1].length === indent) starts.push(i);
  }
  const out: RawItem[] = [];
  starts.forEach((start, n) => {
    const end = n + 1 < starts.length ? starts[n + 1] : lines.length;
    const chunk = lines.slice(start, end).join('\n');
    const counter = new LineCounter();
    const doc = parseDocument(chunk, { lineCounter: counter, uniqueKeys: true });
    if (doc.errors.length) {
      const error = doc.errors[0];
      const at = start + (error.linePos?.[0]?.line ?? 1);
      const id = /(?:^|\s)id\s*:\s*["']?([^\s"'#]+)/u.exec(chunk)?.[1] ?? null;
      setAside.push({ id, line: start + 1, reason: `this rule is not readable YAML (at line ${at}): ${firstLine(error.message)}` });
      return;
    }
    const value = doc.toJSON() as unknown;
    out.push({ value: Array.isArray(value) ? value[0] : value, line: start + 1 });
  });
  return out;
}

const firstLine = (s: string): string => s.split('\n')[0].replace(/ at line \d+, column \d+:?$/u, '');

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The rule, or the reason it cannot be used. */
function ruleSpec(value: unknown, line: number): RuleSpec | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'a rule must be a set of fields (id, kind, level, message, …)';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !ID.test(v.id)) return 'the rule needs an id of small letters, figures and hyphens, e.g. “per-cent”';
  if (typeof v.kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(v.kind)) return `“kind” must be one of ${RULE_KINDS.join(', ')}`;
  if (typeof v.level !== 'string' || !(CHECK_LEVELS as readonly string[]).includes(v.level)) return `“level” must be one of ${CHECK_LEVELS.join(', ')}`;
  if (typeof v.message !== 'string' || v.message.trim() === '') return 'the rule needs a “message” for the sub';
  if (v.label !== undefined && (typeof v.label !== 'string' || v.label.trim() === '')) return '“label” must be a few words of text, the name the checks panel shows for the rule';
  const examples = (v.examples ?? {}) as Record<string, unknown>;
  const flag = examples.flag ?? [];
  const leave = examples.leave ?? [];
  if (!strings(flag) || !strings(leave)) return '“examples” takes two lists of text: “flag” (text the rule must catch) and “leave” (text it must leave alone)';
  const spec: RuleSpec = { id: v.id, kind: v.kind as RuleKind, level: v.level as CheckLevel, message: v.message.trim(), line, examples: { flag, leave } };
  if (typeof v.label === 'string') spec.label = v.label.trim();
  if (v['ignore-case'] !== undefined && typeof v['ignore-case'] !== 'boolean') return '“ignore-case” must be true or false';
  spec.ignoreCase = v['ignore-case'] === true;
  switch (spec.kind) {
    case 'pattern':
      if (typeof v.pattern !== 'string' || v.pattern === '') return 'a pattern rule needs a “pattern”';
      if (v.replace !== undefined && typeof v.replace !== 'string') return '“replace” must be text';
      spec.pattern = v.pattern;
      spec.replace = v.replace as string | undefined;
      break;
    case 'swap': {
      const swap = v.swap;
      if (!swap || typeof swap !== 'object' || Array.isArray(swap)) return 'a swap rule needs a “swap” list of bad: good pairs';
      const entries = Object.entries(swap as Record<string, unknown>);
      if (entries.length === 0 || !entries.every(([bad, good]) => bad.trim() !== '' && typeof good === 'string')) return 'each line of “swap” must be bad: good, both text';
      spec.swap = Object.fromEntries(entries as Array<[string, string]>);
      break;
    }
    case 'words':
      if (!strings(v.words) || v.words.length === 0 || v.words.some((w) => w.trim() === '')) return 'a words rule needs a “words” list';
      spec.words = v.words.map((w) => w.trim());
      break;
    case 'coded':
      if (typeof v.check !== 'string') return 'a coded rule needs “check:” naming the coded rule';
      spec.check = v.check;
      break;
  }
  return spec;
}
