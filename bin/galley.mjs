#!/usr/bin/env node
// `npx galley`: loads the built command line (src/cli, built to out/node/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../out/node/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error(`galley: the command line is not built yet: run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))} first.`);
  process.exit(1);
}
await import(cli.href);
