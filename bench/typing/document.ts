// The typing bench's story: 10,000 words of news copy with crossheads and
// about sixty tagged quotes, their speakers in the library's directory, so
// the quote and checks panels have real work to show. Written as files the
// store did not write, the way the library bench does.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, BlockNode, DocNode, TextNode } from '../../src/shared/article/model';
import type { Speaker } from '../../src/shared/speakers/model';
import { paragraphs, rng } from '../generate';

export const WORDS = 10_000;
export const QUOTES = 60;
export const HEADLINE = 'Typing bench: a 10,000-word story with tagged quotes';
/** The paragraph the bench types into, at the middle of the body: short, so it is one line at any width. */
export const MIDDLE_TEXT = 'Typing starts here';
/** The last paragraph: when it is in the editor, the article is open. */
export const LAST_TEXT = 'This is the last paragraph of the typing bench story';

export interface TypingStory {
  article: Article;
  speakers: Speaker[];
  quotes: number;
  words: number;
}

const slug = (name: string) => `sp-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;

export function makeTypingStory(seed = 7): TypingStory {
  const random = rng(seed);
  const texts = paragraphs(random, WORDS - 40);
  const names = new Map<string, Speaker>();
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const speakerFor = (name: string) => {
    if (!names.has(name)) {
      names.set(name, { id: slug(name), name, role: '', organisation: '', laterReference: '', pronoun: null, notes: '', createdAt: at, updatedAt: at });
    }
    return names.get(name)!;
  };
  // Tag every other quotation until there are sixty: “…,” said Name.
  const quoted = texts.map((t, i) => ({ i, match: /^(“[^”]+,”) said (.+)\.$/.exec(t) })).filter((q) => q.match);
  const step = Math.max(1, Math.floor(quoted.length / QUOTES));
  const tagged = new Map(quoted.filter((_, k) => k % step === 0).slice(0, QUOTES).map((q) => [q.i, q.match!]));

  const body: BlockNode[] = [];
  const middle = Math.floor(texts.length / 2);
  let quoteNo = 0;
  texts.forEach((text, i) => {
    if (i > 0 && i % 40 === 0) body.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Crosshead ${i / 40}` }] });
    if (i === middle) {
      body.push({ type: 'paragraph', content: [{ type: 'text', text: `${MIDDLE_TEXT}:` }] });
      return;
    }
    const match = tagged.get(i);
    if (!match) {
      body.push({ type: 'paragraph', content: [{ type: 'text', text }] });
      return;
    }
    const speaker = speakerFor(match[2]);
    const quote: TextNode = {
      type: 'text',
      text: match[1],
      marks: [{ type: 'quote', attrs: { quoteId: `q-${String(++quoteNo).padStart(4, '0')}`, speakerId: speaker.id } }],
    };
    body.push({ type: 'paragraph', content: [quote, { type: 'text', text: ` said ${match[2]}.` }] });
  });
  body.push({ type: 'paragraph', content: [{ type: 'text', text: `${LAST_TEXT}.` }] });

  const doc: DocNode = { type: 'doc', content: body };
  const article: Article = {
    id: randomUUID(),
    catchline: 'typing-bench',
    headline: HEADLINE,
    standfirst: 'Ten thousand words of copy with sixty tagged quotes, for measuring the typing path.',
    byline: 'By the bench',
    section: 'News',
    tags: [],
    status: 'subbing',
    targetWords: null,
    body: doc,
    notes: '',
    createdAt: at,
    updatedAt: at,
    revision: 1,
    quotes: [],
    sources: [],
    exported: null,
  };
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  return { article, speakers: [...names.values()], quotes: quoteNo, words };
}

/** The headline of copy `n` (1-based): each Galley page types into its own copy, so their autosaves never conflict. */
export const copyHeadline = (n: number) => `${HEADLINE} (copy ${n})`;

/** Lays `copies` copies of the story and its speakers in a library folder, as files the store did not write. */
export async function writeTypingLibrary(root: string, story: TypingStory, copies = 1): Promise<void> {
  await mkdir(join(root, 'articles'), { recursive: true });
  for (let n = 1; n <= copies; n++) {
    const article = { ...story.article, id: n === 1 ? story.article.id : randomUUID(), headline: copyHeadline(n) };
    await writeFile(join(root, 'articles', `${article.id}.json`), JSON.stringify(article, null, 2));
  }
  await writeFile(join(root, 'speakers.json'), JSON.stringify({ speakers: story.speakers }, null, 2));
}
