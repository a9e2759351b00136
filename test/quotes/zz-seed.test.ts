import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { detectQuotes } from '/work/main/src/shared/quotes/detect';
test('seed', () => {
  const lines = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8').replace(/\u00a0/g, ' ').split(/\r?\n/);
  const a = lines.findIndex((l) => l.startsWith('COMMUNIST PARTY'));
  const b = lines.findIndex((l) => l.startsWith('“[Joe Biden]'));
  const paras = lines.slice(a, b + 1).filter((l) => l.trim());
  console.log(paras.length);
  const d = detectQuotes(paras);
  console.log(JSON.stringify(d, null, 1));
});
