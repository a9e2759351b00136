// Bad payloads for the contract's calls: a bank of hostile values, applied to
// each call's valid arguments one field at a time, plus random structures
// built from the contract's own keys and the prototype keys. Seeded, so a
// failure names a payload that can be built again.
import type { CallName } from '../../src/shared/contract/channels';

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

export function deepObject(levels: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}
export function deepArray(levels: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}
/** A body nested 10,000 blockquotes deep: what a hostile page would send as an article. */
export function deepBody(levels: number): unknown {
  let block: unknown = { type: 'paragraph' };
  for (let i = 0; i < levels; i++) block = { type: 'blockquote', content: [block] };
  return { type: 'doc', content: [block] };
}

export const DEEP = 10_000;

const deepTexts = new Map<unknown, string>();
/** Builds nesting too deep for JSON.stringify as text, and remembers it for `toJson`. */
function deep(value: unknown, text: string): unknown {
  deepTexts.set(value, text);
  return value;
}

/** JSON.stringify, except that the 10,000-deep values (which would overflow it) are spliced in as prebuilt text. */
export function toJson(value: unknown): string | undefined {
  const tokens: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    const prebuilt = deepTexts.get(v);
    if (prebuilt === undefined) return v;
    tokens.push(prebuilt);
    return `\u0000deep${tokens.length - 1}\u0000`;
  });
  return text?.replace(/"\\u0000deep(\d+)\\u0000"/g, (_m, i: string) => tokens[Number(i)]);
}

/** Hostile values; `json` false for those JSON cannot carry (they reach IPC only). */
export function bank(): Array<{ label: string; value: unknown; json: boolean }> {
  const values: Array<[string, unknown, boolean?]> = [
    ['null', null],
    ['undefined', undefined, false],
    ['true', true],
    ['zero', 0],
    ['negative', -1],
    ['fraction', 1.5],
    ['NaN', Number.NaN, false],
    ['Infinity', Number.POSITIVE_INFINITY, false],
    ['2^53', 2 ** 53],
    ['empty string', ''],
    ['space', ' '],
    ['"null"', 'null'],
    ['unix traversal', '../../etc/passwd'],
    ['windows traversal', '..\\..\\x'],
    ['absolute', '/etc/passwd'],
    ['drive path', 'C:\\Windows\\win.ini'],
    ['UNC path', '\\\\server\\share\\x'],
    ['file URL', 'file:///etc/passwd'],
    ['dot dot', '..'],
    ['NUL inside', 'abcdef\u0000.json'],
    ['NUL only', '\u0000'],
    ['fullwidth traversal', '．．／．．／etc'],
    ['percent traversal', '%2e%2e%2f%2e%2e%2fetc'],
    ['RTL override', 'story\u202etxt.exe'],
    ['zero width', 'abc\u200bdef-123'],
    ['lone surrogate', 'ab\ud800cd'],
    ['combining', 'e\u0301'.repeat(50)],
    ['emoji', '😀'.repeat(200)],
    ['uppercase id', 'ABCDEF-123456'],
    ['id with dot', 'abcdef.json'],
    ['script', '<script>alert(1)</script>'],
    ['template', '${process.exit()}'],
    ['control chars', 'a\u0001\u0002\u001b[31m'],
    ['1 MB string', 'A'.repeat(1 << 20)],
    ['empty array', []],
    ['array of null', [null]],
    ['nested arrays', [[[]]]],
    ['empty object', {}],
    ['stray object', { a: 1 }],
    ['__proto__ key', JSON.parse('{"__proto__": {"polluted": "yes"}}')],
    ['constructor key', JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}')],
    ['prototype key', JSON.parse('{"prototype": {"polluted": "yes"}}')],
    ['objects 10,000 deep', deep(deepObject(DEEP), `${'{"a":'.repeat(DEEP)}{}${'}'.repeat(DEEP)}`)],
    ['arrays 10,000 deep', deep(deepArray(DEEP), `${'['.repeat(DEEP)}[]${']'.repeat(DEEP)}`)],
    ['body 10,000 deep', deep(deepBody(DEEP), `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(DEEP)}{"type":"paragraph"}${']}'.repeat(DEEP)}]}`)],
    ['date', new Date(0), false],
    ['map', new Map([['id', 'x']]), false],
    ['set', new Set([1]), false],
    ['bytes', new Uint8Array([1, 2, 3]), false],
    ['bigint', BigInt(1), false],
  ];
  return values.map(([label, value, json]) => ({ label, value, json: json !== false }));
}

export interface Payload {
  call: CallName;
  label: string;
  value: unknown;
  json: boolean;
}

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Every call's arguments, each with one bad value in one place, and then random structures up to `total`. */
export function payloads(baselines: Record<CallName, Record<string, unknown>>, total: number, seed: number): Payload[] {
  const out: Payload[] = [];
  const hostile = bank();
  const calls = Object.keys(baselines) as CallName[];
  const allKeys = [...new Set(calls.flatMap((c) => keysOf(baselines[c])))];
  for (const call of calls) {
    const base = baselines[call];
    for (const bad of hostile) out.push({ call, label: `whole payload: ${bad.label}`, value: bad.value, json: bad.json });
    out.push({ call, label: 'array for the object', value: [base], json: true });
    for (const path of pathsOf(base)) {
      out.push({ call, label: `without ${path.join('.')}`, value: without(base, path), json: true });
      for (const bad of hostile) out.push({ call, label: `${path.join('.')} = ${bad.label}`, value: withValue(base, path, bad.value), json: bad.json });
    }
    for (const key of [...PROTO_KEYS, 'extra', 'id ', 'ID']) {
      out.push({ call, label: `extra own key ${key}`, value: JSON.parse(JSON.stringify(base).replace(/^\{/, `{${JSON.stringify(key)}: {"polluted": "yes"}${Object.keys(base).length ? ',' : ''}`)), json: true });
    }
  }
  const rng = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)];
  const small = hostile.filter((b) => b.json && !b.label.includes('deep') && !b.label.includes('MB'));
  const build = (depth: number): unknown => {
    const roll = rng();
    if (depth > 4 || roll < 0.35) return pick(small).value;
    if (roll < 0.55) return Array.from({ length: Math.floor(rng() * 4) }, () => build(depth + 1));
    const entries = Array.from({ length: 1 + Math.floor(rng() * 4) }, () => [rng() < 0.15 ? pick(PROTO_KEYS) : pick(allKeys), build(depth + 1)]);
    // JSON.parse makes __proto__ an own key, as a payload off the wire would have it.
    return JSON.parse(JSON.stringify(Object.fromEntries(entries)) ?? 'null');
  };
  while (out.length < total) {
    const call = pick(calls);
    const value = rng() < 0.5 ? { ...baselines[call], [pick(allKeys)]: build(1) } : build(0);
    out.push({ call, label: 'random structure', value, json: true });
  }
  return out;
}

function keysOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
}

/** Paths to every field, one level into nested objects (fields.headline, fields.body …). */
function pathsOf(value: Record<string, unknown>): string[][] {
  const paths: string[][] = [];
  for (const [key, child] of Object.entries(value)) {
    paths.push([key]);
    if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
      for (const inner of Object.keys(child)) paths.push([key, inner]);
      paths.push([key, 'body']);
    }
  }
  return paths;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function withValue(base: Record<string, unknown>, path: string[], value: unknown): unknown {
  const copy = clone(base);
  let at = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path[path.length - 1]] = value;
  return copy;
}

function without(base: Record<string, unknown>, path: string[]): unknown {
  const copy = clone(base);
  let at = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  delete at[path[path.length - 1]];
  return copy;
}
