// The layers as a table, checked over every source file: which folders of
// src each layer may import, which packages, and the one-way order of the
// renderer's feature folders. Every form of import counts: static, `export
// … from`, side-effect, dynamic `import()` and `require()`, in single or
// double quotes, type-only or not. (tsconfig.*.json keep the DOM and Node
// out of the layers that must not see them: see tsconfig.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
type Layer = 'shared' | 'services' | 'server' | 'cli' | 'main' | 'preload' | 'renderer';

const isNode = (name: string) => name.startsWith('node:');
const BROWSER_ONLY = (name: string) => /^(react|react-dom|@tiptap\/.*|@tanstack\/react-virtual)$/.test(name);

/** Packages that are pure code (no Node, no DOM), so src/shared may use them: each named for what it does there. */
const PURE_PACKAGES = [
  'zod', // every schema
  'nspell', // spelling (shared/checks)
  'yaml', // the house-style rules file, with line numbers (shared/checks)
  're2js', // linear-time matching of a rule pattern that could backtrack (shared/checks)
  'safe-regex2', // telling such a pattern from a safe one (shared/checks)
  'fastest-levenshtein', // letters between two spellings of a name (shared/names)
  'diff', // words of two fields or plain texts lined up (shared/history)
  '@tiptap/pm', // ProseMirror's model, state, transform and changeset: documents without a view (shared/history, exports)
  '@handlewithcare/prosemirror-suggest-changes', // rejecting every suggestion for export, the suggestion marks' schema (shared/history)
  'hyphen', // Liang hyphenation and its en-GB/en-US patterns for the print layout (shared/layout)
];

/**
 * Data files the renderer's bundler inlines or ships as assets (`?raw`, `?url`): the shipped house
 * style and word lists in resources/, and the dictionaries' .aff/.dic files, never their code.
 */
const DATA_ASSET = /^(?:\.\.\/)+(?:resources\/[\w/.-]+|node_modules\/dictionary-[\w-]+\/index\.(?:aff|dic))\?(?:raw|url)$/;

/** What each layer may import: folders of src (its own included) and packages. */
const LAYERS: Record<Layer, { folders: Layer[]; packages: (name: string) => boolean; why: string }> = {
  shared: { folders: ['shared'], packages: (n) => PURE_PACKAGES.includes(n), why: 'pure code: zod and src/shared only (a pure package gets a row here)' },
  services: { folders: ['shared', 'services'], packages: (n) => n !== 'electron' && !BROWSER_ONLY(n), why: 'Node: no Electron, no React or TipTap' },
  server: { folders: ['shared', 'services', 'server'], packages: (n) => n !== 'electron' && !BROWSER_ONLY(n), why: 'browser mode over Node: no Electron' },
  cli: { folders: ['shared', 'services', 'cli'], packages: (n) => n !== 'electron' && !BROWSER_ONLY(n), why: 'the command line: no Electron' },
  main: { folders: ['shared', 'services', 'main'], packages: (n) => !BROWSER_ONLY(n), why: 'the Electron shell' },
  preload: { folders: ['shared', 'preload'], packages: (n) => n === 'electron', why: 'a sandboxed preload: Electron’s bridge and the contract only' },
  renderer: { folders: ['shared', 'renderer'], packages: (n) => !isNode(n) && !['electron', 'lowdb', 'jsdom'].includes(n), why: 'the browser: no Node, no Electron' },
};

/**
 * The renderer's feature folders, lowest first: a folder imports only folders on earlier rows. A new
 * editor panel or document consumer is a folder on the panels' row; it reads the editor, and the
 * open-article view (article/) mounts it.
 */
const FEATURES: string[][] = [
  ['ui', 'session'], // shared UI pieces: shortcuts, notices, the focus trap; browser mode's session (the token)
  ['api'], // the client of the contract
  ['editor'], // the body editor: schema, extensions, opening a story, the settled document, autosave
  ['quotes'], // the quote model, commands and panels
  ['preview', 'export', 'import', 'checks', 'history', 'suggestions', 'palette'], // panels and dialogs; palette: the command palette and shortcut sheet
  ['article', 'library'], // the open-article view, the library view
  ['app'], // the window
];
const featureRank = new Map(FEATURES.flatMap((row, rank) => row.map((f) => [f, rank] as const)));

// Static forms start a statement (a line); dynamic ones may sit anywhere in an expression.
const SPECIFIER = /^[ \t]*(?:import|export)\s[^'"`;]*?from\s*(['"])([^'"\n]+)\1|^[ \t]*import\s*(['"])([^'"\n]+)\3|(?:^|[^\w$.])(?:import|require)\s*\(\s*(['"])([^'"\n]+)\5\s*\)/gm;

/** Every module a source file names, in any form of import. */
export function specifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[2] ?? m[4] ?? m[6]);
}

/** Where a file sits: its layer and, in the renderer, its feature folder (null for files at the renderer's root). */
function place(file: string): { layer: Layer; feature: string | null } | null {
  const parts = relative(SRC, file).split(sep);
  if (parts[0] === '..' || !(parts[0] in LAYERS)) return null;
  return { layer: parts[0] as Layer, feature: parts[0] === 'renderer' && parts.length > 2 ? parts[1] : null };
}

/** What is wrong with `file`'s imports, one sentence each. */
export function violations(file: string, source: string): string[] {
  const from = place(file);
  if (!from) return [`${file} is outside every layer`];
  const rule = LAYERS[from.layer];
  const found: string[] = [];
  for (const spec of specifiers(source)) {
    if (!spec.startsWith('.')) {
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!rule.packages(name)) found.push(`${from.layer} imports the package ${spec} (${rule.why})`);
      continue;
    }
    const to = place(resolve(dirname(file), spec));
    if (!to && from.layer === 'renderer' && DATA_ASSET.test(spec)) continue;
    if (!to) found.push(`${from.layer} imports ${spec}, outside src`);
    else if (!rule.folders.includes(to.layer)) found.push(`${from.layer} imports src/${to.layer} (${spec}): ${rule.why}`);
    else if (from.feature && to.feature && from.feature !== to.feature) {
      const [a, b] = [featureRank.get(from.feature), featureRank.get(to.feature)];
      if (a === undefined || b === undefined) found.push(`renderer/${a === undefined ? from.feature : to.feature} is not in the feature order: give it a row in FEATURES`);
      else if (b >= a) found.push(`renderer/${from.feature} imports renderer/${to.feature} (${spec}): features import only those on earlier rows`);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx|mts|cts)$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('the import checker', () => {
  const at = (path: string) => join(SRC, path);
  it.each([
    ['a static import, single quotes', "import { x } from '../../services/article-store';", 'shared/quotes/x.ts'],
    ['an import over several lines', "import {\n  a,\n  b,\n} from '../../services/galley';", 'shared/quotes/x.ts'],
    ['a type-only import, double quotes', 'import type { X } from "../../renderer/editor/counts";', 'shared/quotes/x.ts'],
    ['a re-export', "export { y } from '../../main/ipc';", 'services/store/x.ts'],
    ['a side-effect import', 'import "../main/index";', 'server/x.ts'],
    ['a dynamic import, double quotes', 'const m = await import("../../services/galley");', 'renderer/editor/x.ts'],
    ['a dynamic import, single quotes, spaced', "const m = await import ( '../main/windows' );", 'cli/x.ts'],
    ['a require', "const fs = require('node:fs');", 'renderer/editor/x.ts'],
    ['a Node built-in in shared', "import { readFile } from 'node:fs/promises';", 'shared/import/x.ts'],
    ['React in the services', "import { useState } from 'react';", 'services/x.ts'],
    ['Electron in the renderer', "import { ipcRenderer } from 'electron';", 'renderer/app/x.ts'],
    ['a lower feature importing a higher one', "import { ArticleEditor } from '../article/ArticleEditor';", 'renderer/editor/x.ts'],
    ['two features on one row', "import { PreviewPane } from '../preview/PreviewPane';", 'renderer/export/x.ts'],
    ['a feature folder with no row', "import { x } from '../somewhere/x';", 'renderer/editor/x.ts'],
  ])('catches %s', (_, source, file) => {
    expect(violations(at(file), source)).toHaveLength(1);
  });

  it.each([
    ['shared importing shared', "import { z } from 'zod';\nimport { A } from '../article/model';", 'shared/quotes/x.ts'],
    ['a higher feature importing a lower one, dynamically', "const e = import('../editor/body-editor');\nimport { withShortcut } from \"../ui/shortcuts\";", 'renderer/article/x.ts'],
    ['the renderer root importing a feature', "import { App } from './app/App';", 'renderer/main.tsx'],
    ['words that only look like imports', "// and import's rules come from 's furniture\nconst list = [\n  'import',\n];\nreimport('../main/x');", 'shared/x.ts'],
  ])('allows %s', (_, source, file) => {
    expect(violations(at(file), source)).toEqual([]);
  });
});

describe('every file under src', () => {
  it('imports only what its layer and, in the renderer, its feature folder allow', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const sources = files.map((file) => [file, readFileSync(file, 'utf8')] as const);
    // The checker reads every import there is, not a few: the renderer alone names its modules hundreds of times.
    expect(sources.filter(([file]) => place(file)?.layer === 'renderer').flatMap(([, source]) => specifiers(source)).length).toBeGreaterThan(250);
    const found = sources.flatMap(([file, source]) => violations(file, source).map((v) => `${relative(SRC, file)}: ${v}`));
    expect(found).toEqual([]);
  });
});
