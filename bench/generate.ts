// Realistic article libraries for the bench: 300–2,000 words, paragraphs of
// news length, quotes with cues, written straight to disk as the store would.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, BlockNode } from '../src/shared/article/model';

const WORDS = (
  'council government minister police court report said spokesman spokeswoman yesterday today week year people city country ' +
  'plans budget million pounds dollars health schools hospital workers union strike election party leader vote campaign ' +
  'residents officials agency investigation statement announced warned added claimed according during after before against ' +
  'under over new old local national international public private energy prices housing transport river flood storm fire ' +
  'crews hundreds thousands families children students teachers doctors nurses patients company shares market growth the ' +
  'a of to in and for on with that was is by at from as it be have has had were are this which their its an not but'
).split(' ');
const NAMES = ['Imdad Qazi', 'Hua Chunying', 'Ann Lee', 'Tom Price', 'Sara Malik', 'John Okafor', 'Maria Costa', 'Li Wei'];

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(random: () => number, min = 8, max = 28): string {
  const n = min + Math.floor(random() * (max - min));
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

export function paragraphs(random: () => number, targetWords: number): string[] {
  const out: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const name = NAMES[Math.floor(random() * NAMES.length)];
    const p = random() < 0.3 ? `“${sentence(random).slice(0, -1)},” said ${name}.` : `${sentence(random)} ${random() < 0.5 ? sentence(random) : ''}`.trim();
    out.push(p);
    words += p.split(/\s+/).length;
  }
  return out;
}

export function makeArticle(random: () => number, index: number, words?: number): Article {
  const target = words ?? 300 + Math.floor(random() * 1700);
  const body: BlockNode[] = paragraphs(random, target).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return {
    id: randomUUID(),
    catchline: `story-${index}`,
    headline: sentence(random, 6, 12).slice(0, -1),
    standfirst: sentence(random, 12, 24),
    byline: `By ${NAMES[index % NAMES.length]}`,
    section: ['News', 'World', 'Business', 'Sport'][index % 4],
    tags: [],
    status: (['draft', 'subbing', 'ready', 'exported'] as const)[index % 4],
    targetWords: null,
    body: { type: 'doc', content: body },
    notes: '',
    createdAt: at,
    updatedAt: at,
    revision: 1,
    quotes: [],
    sources: [],
    exported: null,
  };
}

/** Writes `count` article files under root/articles; returns the articles' ids. */
export async function writeLibrary(root: string, count: number, seed = 1): Promise<Article[]> {
  const random = rng(seed);
  await mkdir(join(root, 'articles'), { recursive: true });
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) articles.push(makeArticle(random, i));
  for (let i = 0; i < articles.length; i += 64) {
    await Promise.all(articles.slice(i, i + 64).map((a) => writeFile(join(root, 'articles', `${a.id}.json`), JSON.stringify(a, null, 2))));
  }
  return articles;
}
