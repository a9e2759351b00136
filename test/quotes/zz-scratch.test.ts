import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'vitest';
import { detectQuotes } from '/work/main/src/shared/quotes/detect';
import { score } from '/work/main/test/quotes/score';
test('x', () => {
  const dir = '/work/main/test/quotes/fixtures';
  for (const f of readdirSync(dir)) {
    const fx = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
    const d = detectQuotes(fx.paragraphs);
    const s = score(f, fx, d);
    console.log(f, s.precision.toFixed(2), s.recall.toFixed(2), s.attributionAccuracy.toFixed(2), s.groupingOk, '\n  ' + s.misses.join('\n  '));
    if (process.env.V) console.log(JSON.stringify(d.speakers.map(x=>[x.name,x.role,x.laterReferences.join('|'),x.pronoun])), d.quotes.map(q=>`${q.number} ${q.speaker?.name} [${q.cue}] ${q.confidence} p=${q.partial}`).join('\n'));
  }
});
