// Browser mode, the command line and the bench run in plain Node: built
// here as server-side bundles that keep node_modules external.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: {
        serve: resolve('src/server/serve.ts'),
        bench: resolve('bench/index.ts'),
        cli: resolve('src/cli/main.ts'),
        // Imports run in a worker thread (src/services/import/import-sandbox.ts), found beside the bundle.
        'import-worker': resolve('src/services/import/import-worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
