import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What the first script loads with a dynamic import: the window's code, and the body editor a window opened onto a story shows first. */
const LOADED_FIRST = ['src/renderer/app/boot.tsx', 'src/renderer/editor/first-story.ts'];

/** The page's place for the window's code, filled at build time (see preloadBoot). */
const WINDOW_CODE = '<template id="window-code"></template>';

/**
 * The renderer's first script (main.tsx) is small and loads the window's code (app/boot.tsx), and for
 * a window opened onto a story the body editor alone (editor/first-story.ts), with dynamic imports, so
 * each is evaluated in a task of its own; this asks for the body editor's chunks with the page, as for
 * the first script's own, so the split costs no round trip, and names the window's code in the page's
 * template for the page to ask for when the window needs it.
 */
function preloadBoot(): Plugin {
  return {
    name: 'galley-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const firsts = LOADED_FIRST.map((module) => {
          const named = (id: string | null) => !!id?.replace(/\\/g, '/').endsWith(module);
          // A module also imported statically by the window's code may share a chunk with it rather than have its own.
          const chunk = chunks.find((c) => named(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds.some(named));
          if (!chunk) throw new Error(`electron.vite.config.ts: no chunk for ${module}`);
          return chunk;
        });
        const files = new Set<string>();
        const add = (name: string) => {
          // The first script's own chunk and imports are in the page already.
          if (files.has(name) || chunks.find((c) => c.fileName === name)?.isEntry) return;
          files.add(name);
          for (const imported of chunks.find((c) => c.fileName === name)?.imports ?? []) add(imported);
        };
        // The story's editor first: a window opened onto a story evaluates it before the window's code.
        for (const chunk of [...firsts].reverse()) add(chunk.fileName);
        // What only the window's code needs goes in the page's <template id="window-code">, not in its head: the page's
        // inline script asks for it at once for a window on the library, and main.tsx once a story window's story is
        // shown, so none of it competes with the story's editor, the session and the read for the page's six
        // connections to its server, or for the page's one thread as it arrives.
        const editorFiles = new Set<string>();
        const addEditor = (name: string) => {
          if (editorFiles.has(name)) return;
          editorFiles.add(name);
          for (const imported of chunks.find((c) => c.fileName === name)?.imports ?? []) addEditor(imported);
        };
        addEditor(firsts[1].fileName);
        const modulepreload = (file: string) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` } });
        // Their stylesheets too: the dynamic import would otherwise wait for them to load before it resolved.
        const withSheets = (some: string[]) => [
          ...some.map(modulepreload),
          ...some.flatMap((file) => [...(chunks.find((c) => c.fileName === file)?.viteMetadata?.importedCss ?? [])]).map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` } })),
        ];
        // At low priority: a window on the library asks for it with the page, and its first rows' script, session and
        // listing must not queue behind it.
        const windowCode = withSheets([...files].filter((file) => !editorFiles.has(file))).map(({ tag, attrs }) =>
          attrs.rel === 'modulepreload' ? { tag, attrs: { ...attrs, fetchpriority: 'low' } } : { tag, attrs },
        );
        const serialised = windowCode.map(({ tag, attrs }) => `<${tag} ${Object.entries(attrs).map(([k, v]) => (v === true ? k : `${k}="${v}"`)).join(' ')}>`).join('');
        if (!html.includes(WINDOW_CODE)) throw new Error(`electron.vite.config.ts: index.html has no ${WINDOW_CODE}`);
        return {
          html: html.replace(WINDOW_CODE, WINDOW_CODE.replace('><', `>${serialised}<`)),
          tags: withSheets([...files].filter((file) => editorFiles.has(file))).map((tag) => ({ ...tag, injectTo: 'head' as const })),
        };
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Imports run in a worker thread beside index.js (src/services/import/import-sandbox.ts).
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'import-worker': resolve('src/services/import/import-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    // resources/ (fonts, layout templates) is served and shipped as-is beside the renderer.
    publicDir: resolve('resources'),
    plugins: [react(), preloadBoot()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      // Shipped minified and without source maps: a cold start parses and compiles every byte of the first view's script.
      // GALLEY_NO_MINIFY=1 for a build whose profiles name functions; GALLEY_SOURCEMAP=1 for one whose
      // chunks can be counted by module (scripts/chunk-sizes.mjs).
      minify: !process.env.GALLEY_NO_MINIFY,
      sourcemap: !!process.env.GALLEY_SOURCEMAP,
      // Which chunk holds which module (.vite/manifest.json), for test/shell/renderer-bundle.test.ts.
      manifest: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
