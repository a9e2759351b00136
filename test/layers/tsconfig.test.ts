// Each layer compiles with only the globals it may use (tsconfig.shared.json,
// tsconfig.node.json, tsconfig.renderer.json): a probe file is compiled in
// each layer with that layer's settings, by the TypeScript compiler itself,
// and every line that must not compile there is refused.
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The probe's lines that do not compile under `config`, when placed at `where` (a path under src). */
function refusedLines(config: string, where: string, lines: string[]): string[] {
  const { config: raw, error } = ts.readConfigFile(resolve(ROOT, config), ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(raw, ts.sys, ROOT);
  const probe = resolve(ROOT, where);
  // Each line its own statement, in its own block, so one refusal cannot hide another.
  const text = lines.map((line) => `{ ${line} }`).join('\n') + '\nexport {};\n';
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => (resolve(name) === probe ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, ...rest));
  const ambient = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [probe, ...ambient], options: { ...parsed.options, noEmit: true }, host });
  const refused = new Set<number>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (d.file && resolve(d.file.fileName) === probe && d.start !== undefined) refused.add(d.file.getLineAndCharacterOfPosition(d.start).line);
    else if (!d.file || resolve(d.file.fileName) !== probe) throw new Error(`${config}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  return lines.filter((_, i) => refused.has(i));
}

const DOM = ['document.title = "x";', 'window.addEventListener("load", () => {});', 'new DOMParser();'];
const NODE = ['Buffer.from("x");', 'process.env.HOME;', 'const d: string = __dirname; void d;'];
const ANYWHERE = ['crypto.randomUUID();', 'new Map<string, number>().set("a", 1);', '[1, 2].at(-1);'];

describe('the layers’ tsconfigs', () => {
  it('refuse the DOM and Node in src/shared, and allow what runs anywhere', () => {
    expect(refusedLines('tsconfig.shared.json', 'src/shared/probe.ts', [...DOM, ...NODE, ...ANYWHERE])).toEqual([...DOM, ...NODE]);
  });

  it('refuse Node in the renderer, and allow the DOM', () => {
    expect(refusedLines('tsconfig.renderer.json', 'src/renderer/probe.ts', [...DOM, ...NODE, ...ANYWHERE])).toEqual(NODE);
  });

  it('refuse the DOM in the Node layers, and allow Node', () => {
    expect(refusedLines('tsconfig.node.json', 'src/services/probe.ts', [...DOM, ...NODE, ...ANYWHERE])).toEqual(DOM);
  });
});
