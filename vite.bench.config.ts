// The typing bench's baseline pages (bench/typing/pages): a bare ProseMirror
// editor and a plain contenteditable, each a classic script beside its HTML
// page in out/bench-pages, because a page opened from file:// cannot load
// module scripts. `npx vite build --config vite.bench.config.ts`.
import { resolve } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

export const BENCH_PAGES = ['prosemirror', 'contenteditable'] as const;

// Galley's copy column, near enough: the same measure, type size and leading.
const STYLE = `
  body { margin: 0; font: 13px system-ui, sans-serif; background: #f4f4f2; color: #1d1d1b; }
  #open { margin: 8px; }
  #host { max-width: 680px; margin: 16px auto 48px; background: #fff; border: 1px solid #ddd; padding: 20px 40px 40px; }
  .body-copy { font-family: Georgia, 'Times New Roman', serif; font-size: 16px; line-height: 1.55; min-height: 320px; outline: none; padding: 4px 0; white-space: pre-wrap; word-wrap: break-word; }
  .body-copy p { margin: 0 0 0.7em; }
  .body-copy h2 { font-size: 18px; margin: 1em 0 0.4em; font-family: system-ui, sans-serif; }
  .body-copy h3 { font-size: 16px; margin: 1em 0 0.4em; font-family: system-ui, sans-serif; }
  .body-copy blockquote { margin: 0 0 0.7em; padding-left: 14px; border-left: 3px solid #bbb; color: #666; }
  .body-copy ul, .body-copy ol { padding-left: 24px; margin: 0 0 0.7em; }
  .quote-mark { background: hsl(var(--speaker-hue, 0) 80% 50% / 0.14); border-bottom: 2px solid hsl(var(--speaker-hue, 0) 70% 50%); border-radius: 2px; }
`;

const page = (name: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Typing bench: ${name}</title><style>${STYLE}</style></head>
<body><button id="open" type="button">Open</button><div id="host"></div><script src="./${name}.js"></script></body>
</html>
`;

/** One page's build: its script as a classic IIFE, its HTML beside it. */
function pageConfig(name: string, first: boolean): InlineConfig {
  const html: Plugin = {
    name: 'bench-page-html',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${name}.html`, source: page(name) });
    },
  };
  return {
    configFile: false,
    publicDir: false,
    logLevel: first ? 'info' : 'warn',
    build: {
      outDir: 'out/bench-pages',
      emptyOutDir: first,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      rollupOptions: {
        input: resolve(`bench/typing/pages/${name}.ts`),
        output: { format: 'iife', entryFileNames: '[name].js' },
      },
    },
    plugins: [html],
  };
}

// An IIFE build takes one entry, so the first page is this config's build and
// the others are built, one after another, when it has finished.
const [first, ...rest] = BENCH_PAGES;
const others: Plugin = {
  name: 'bench-other-pages',
  apply: 'build',
  async closeBundle() {
    for (const name of rest) await build(pageConfig(name, false));
  },
};
const { configFile: _unused, ...config } = pageConfig(first, true);
export default defineConfig({ ...config, plugins: [...(config.plugins ?? []), others] });
