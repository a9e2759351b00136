// The renderer's chunks counted by module: which packages and files make up
// each chunk's bytes, from a build with source maps (GALLEY_SOURCEMAP=1
// npx electron-vite build). Answers "what does the first view load?" before a
// trade is made. `node scripts/chunk-sizes.mjs [chunk-name-part] [top-n]`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const ASSETS = 'out/renderer/assets';
const [only = '', top = '12'] = process.argv.slice(2);

/** The package a source belongs to (`zod`, `@tiptap/core`), or the project folder it lives in. */
function owner(source) {
  const inModules = source.split('node_modules/').pop();
  if (inModules !== source) {
    const parts = inModules.split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return source.replace(/^(\.\.\/)+/, '').replace(/\/[^/]+$/, '/');
}

const maps = readdirSync(ASSETS).filter((file) => file.endsWith('.js.map') && file.includes(only));
if (!maps.length) {
  console.error('chunk-sizes: no source maps; build with GALLEY_SOURCEMAP=1 first');
  process.exit(1);
}
for (const file of maps) {
  const code = readFileSync(join(ASSETS, file.replace(/\.map$/, '')), 'utf8').split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(join(ASSETS, file), 'utf8')));
  const bytes = new Map();
  let last = null;
  // Each generated segment is counted to the source it maps to, up to the next mapping.
  consumer.eachMapping((m) => {
    if (last) {
      const length = last.line === m.generatedLine ? m.generatedColumn - last.column : code[last.line - 1].length - last.column;
      bytes.set(last.owner, (bytes.get(last.owner) ?? 0) + Math.max(0, length));
    }
    last = { line: m.generatedLine, column: m.generatedColumn, owner: m.source ? owner(m.source) : '(generated)' };
  });
  const total = code.reduce((n, line) => n + line.length + 1, 0);
  console.log(`${file.replace(/\.map$/, '')}: ${(total / 1024).toFixed(1)} KiB`);
  for (const [name, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`  ${(n / 1024).toFixed(1).padStart(7)} KiB  ${name}`);
}
