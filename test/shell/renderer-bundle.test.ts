// The renderer as built (`npm run build`): a cold start fetches and parses
// only what its first view needs, every piece of it asked for with the page,
// and the panels and dialogs that view does not show come in chunks of their
// own, loaded from the app's own origin when first used.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const RENDERER = resolve('out/renderer');

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** What a story's first view does not show: each must load on demand. */
const ON_DEMAND = ['export/ExportDialog.tsx', 'preview/PreviewPane.tsx', 'history/HistoryControl.tsx', 'library/SpeakerDirectory.tsx'];

let manifest: Record<string, ManifestChunk>;
let html: string;

/** The manifest keys a chunk pulls in statically, itself included. */
function staticGraph(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticGraph(imported, seen);
  return seen;
}

/** The first view: the page's script and the window's code it loads at once (app/boot.tsx), with all they import statically. */
const firstView = () => new Set([...staticGraph('index.html'), ...staticGraph('app/boot.tsx')]);

beforeAll(() => {
  const at = join(RENDERER, '.vite', 'manifest.json');
  if (!existsSync(at)) throw new Error('Build first (npm run build): out/renderer/.vite/manifest.json is missing');
  manifest = JSON.parse(readFileSync(at, 'utf8')) as Record<string, ManifestChunk>;
  html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
});

describe('the renderer bundle', () => {
  it('keeps the export dialog, the preview, the revision history and the speaker directory out of the first view', () => {
    const first = firstView();
    for (const part of ON_DEMAND) {
      expect(manifest[part], part).toBeDefined();
      expect(manifest[part].isDynamicEntry, `${part} is loaded by import()`).toBe(true);
      expect(first.has(part), `${part} is in the first view's static imports`).toBe(false);
    }
    const firstFiles = new Set([...first].map((key) => manifest[key].file));
    for (const part of ON_DEMAND) expect(firstFiles.has(manifest[part].file), part).toBe(false);
  });

  it('asks for every script and stylesheet of the first view with the page, so splitting it costs no round trip', () => {
    const asked = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]));
    for (const key of firstView()) {
      const chunk = manifest[key];
      expect(asked.has(chunk.file), `${chunk.file} (${key}) is not named in index.html`).toBe(true);
      for (const sheet of chunk.css ?? []) expect(asked.has(sheet), `${sheet} (${key}) is not named in index.html`).toBe(true);
    }
    expect(html).toMatch(/<link rel="modulepreload"[^>]*href="\.\/assets\/boot-[^"]+\.js"/);
  });

  it('ships minified scripts without source maps', () => {
    const assets = join(RENDERER, 'assets');
    const files = readdirSync(assets);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js'))) expect(readFileSync(join(assets, file), 'utf8'), file).not.toContain('sourceMappingURL');
    // Minified code runs on in long lines; a readable build of the same code has a line every 40 or so characters.
    // (The workers' word lists keep their line breaks, so the first view's scripts are the ones measured.)
    for (const key of firstView()) {
      const code = readFileSync(join(RENDERER, manifest[key].file), 'utf8');
      if (code.length > 20_000) expect(code.length / code.split('\n').length, `${manifest[key].file} reads as unminified`).toBeGreaterThan(1000);
    }
  });
  it('runs no zod and no React before a window opened onto a story shows it: the first script, then the body editor alone', () => {
    const code = (keys: Iterable<string>) => [...keys].map((key) => readFileSync(join(RENDERER, manifest[key].file), 'utf8')).join('\n');
    const first = staticGraph('index.html');
    const editorKey = manifest['index.html'].dynamicImports?.find((key) => manifest[key].file.includes('first-story'));
    expect(editorKey, 'the first script loads editor/first-story.ts on its own').toBeDefined();
    const firstScript = code(first);
    // Markers each library's minified build keeps: zod's class names, React's error text.
    expect(firstScript).not.toContain('$ZodType');
    expect(firstScript).not.toContain('Minified React error');
    expect(code(staticGraph(editorKey!, new Set(first)))).not.toContain('Minified React error');
    expect(html, 'the body editor is asked for with the page').toContain(`href="./${manifest[editorKey!].file}"`);
  });

  it('keeps zod and DOMPurify out of the body editor a story window shows first: the paste code is a chunk of its own', () => {
    const code = (keys: Iterable<string>) => [...keys].map((key) => readFileSync(join(RENDERER, manifest[key].file), 'utf8')).join('\n');
    const first = staticGraph('index.html');
    const editorKey = manifest['index.html'].dynamicImports?.find((key) => manifest[key].file.includes('first-story'));
    const firstView = code(staticGraph(editorKey!, new Set(first)));
    expect(firstView).not.toContain('$ZodType');
    expect(firstView).not.toContain('DOMPurify');
    const pasteKey = 'editor/paste-code.ts';
    expect(manifest[pasteKey]?.isDynamicEntry, 'editor/paste-code.ts is loaded on its own').toBe(true);
    const pasteCode = code(staticGraph(pasteKey));
    expect(pasteCode).toContain('DOMPurify');
    expect(pasteCode).toContain('$ZodType');
    expect(html, 'the paste code is not asked for with the page').not.toContain(manifest[pasteKey].file);
  });
});
