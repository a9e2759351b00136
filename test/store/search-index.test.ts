// The persisted search index (search-index.bin) on real library folders:
// every search answers what a full scan of the stories' text answers, after
// saves, deletes and restores, after the library is closed and opened again,
// and when the file on disk is stale or damaged.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/shared/article/model';
import { docFromParagraphs } from '../../src/shared/article/text';
import { ArticleStore } from '../../src/services/store/article-store';
import { articleText } from '../../src/services/store/search-fill';
import { closeSync } from 'node:fs';
import { readSearchFile, readText, writeSearchFile } from '../../src/services/store/search-file';
import { fold, SearchIndex, searchableText } from '../../src/services/store/search-index';
import { nodeFs, type StoreFs } from '../../src/services/store/store-fs';
import { makeArticle, rng } from '../../bench/generate';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-search-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const QUERIES = ['council', 'council budget', 'Hua Chunying', 'flo', 'minister warn', "qazi's", 'QAZI’S WARNING', 'sinead', "o'brien said", '7–2', '7-2 vote', 'zebra', 'the', 'storm crews'];

/** The answer without an index: every story whose folded text holds each term (the last word also as a beginning). */
function scan(articles: Iterable<Pick<Article, 'id' | 'headline' | 'standfirst' | 'body'>>, query: string): string[] {
  const terms = fold(query).split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  const out: string[] = [];
  for (const a of articles) {
    const folded = fold(searchableText(a.headline, articleText(a)));
    const words = [...new Set(folded.match(/[\p{L}\p{N}]+/gu))];
    const holds = terms.every((term, i) => {
      const parts = term.match(/[\p{L}\p{N}]+/gu)!;
      const typing = i === terms.length - 1;
      const each = parts.every((p, j) => words.includes(p) || (typing && j === parts.length - 1 && words.some((w) => w.startsWith(p))));
      return each && (parts.length === 1 && parts[0] === term ? true : folded.includes(term));
    });
    if (holds) out.push(a.id);
  }
  return out.sort();
}

/** A library of generated stories, a few with the typography subs search for, written as the store writes them. */
async function seed(count: number): Promise<Map<string, Article>> {
  const random = rng(7);
  const articles = new Map<string, Article>();
  const extras = ['Mr Qazi’s warning came as the 7–2 vote passed.', 'Sinéad O’Brien said the storm crews were tired.', 'Sine\u0301ad Walsh said nothing.'];
  for (let i = 0; i < count; i++) {
    const article = makeArticle(random, i, 120);
    if (i % 10 === 3) article.standfirst = extras[i % extras.length];
    articles.set(article.id, article);
  }
  await nodeFs.mkdir(join(root, 'articles'), { recursive: true });
  for (const a of articles.values()) await writeFile(join(root, 'articles', `${a.id}.json`), JSON.stringify(a));
  return articles;
}

async function expectScan(store: ArticleStore, articles: Map<string, Article>): Promise<void> {
  for (const query of QUERIES) {
    const hits = (await store.search(query)).map((h) => h.id).sort();
    expect(hits, query).toEqual(scan(articles.values(), query));
  }
}

/** node:fs, counting the article files read: how we know what a reopening read. */
function countingFs(): { fs: StoreFs; articleReads: () => number } {
  let reads = 0;
  const fs: StoreFs = {
    ...nodeFs,
    readFile: ((path: Parameters<StoreFs['readFile']>[0], ...rest: unknown[]) => {
      if (String(path).includes(`${join(root, 'articles')}`)) reads++;
      return (nodeFs.readFile as (...a: unknown[]) => ReturnType<StoreFs['readFile']>)(path, ...rest);
    }) as StoreFs['readFile'],
  };
  return { fs, articleReads: () => reads };
}

const body = (...paragraphs: string[]) => docFromParagraphs(paragraphs);

describe('the persisted search index', () => {
  it('answers as a full scan does, after saves, deletes and restores, and again from disk reading only the stories changed', async () => {
    const articles = await seed(150);
    const store = await ArticleStore.open({ root });
    await store.whenSearchReady();
    await expectScan(store, articles);

    const ids = [...articles.keys()];
    const edited = await store.update(ids[5], 1, { fields: { body: body('A zebra crossing for the council, Qazi’s aides said.') } });
    articles.set(ids[5], edited);
    await store.delete(ids[6]);
    articles.delete(ids[6]);
    const created = await store.create({ headline: 'Zebra council', body: body('Storm crews cleared the road.') });
    articles.set(created.id, created);
    await store.delete(ids[7]);
    await store.restore(ids[7]);
    await expectScan(store, articles);
    await store.close();

    // A few stories changed since the index was written: too few to rewrite every story's text at close, so the next open reads those again.
    const counting = countingFs();
    const reopened = await ArticleStore.open({ root, fs: counting.fs });
    await reopened.whenSearchReady();
    // The edited and the created story; the restored one's file is as the index holds it, and the deleted one is only dropped.
    expect(counting.articleReads()).toBe(2);
    await expectScan(reopened, articles);
    await reopened.close();
  });

  it('is written again once enough stories changed, and then opens without reading a story', async () => {
    const articles = await seed(150);
    const store = await ArticleStore.open({ root });
    await store.whenSearchReady();
    for (const [id, article] of [...articles].slice(0, 120)) articles.set(id, await store.update(id, article.revision, { fields: { standfirst: `Revised ${id}: flood barriers held.` } }));
    await store.close();

    const counting = countingFs();
    const reopened = await ArticleStore.open({ root, fs: counting.fs });
    await reopened.whenSearchReady();
    expect(counting.articleReads()).toBe(0);
    await expectScan(reopened, articles);
    await reopened.close();
  });

  it('reads again only the stories changed on disk since it was written, and finds their new words', async () => {
    const articles = await seed(40);
    const store = await ArticleStore.open({ root });
    await store.whenSearchReady();
    await store.close();

    // Another process (or a crash before the index was written) leaves one story newer than the index.
    const [id] = articles.keys();
    const changed = { ...articles.get(id)!, body: body('Floodwater reached the marina overnight.'), revision: 2 };
    await writeFile(join(root, 'articles', `${id}.json`), JSON.stringify(changed));
    articles.set(id, changed);

    const counting = countingFs();
    const reopened = await ArticleStore.open({ root, fs: counting.fs });
    await reopened.whenSearchReady();
    // Once: the library's open reads it for its summary, and the search index takes the copy that read validated.
    expect(counting.articleReads()).toBe(1);
    expect((await reopened.search('marina')).map((h) => h.id)).toEqual([id]);
    await expectScan(reopened, articles);
    await reopened.close();
  });

  it('builds afresh from the stories when search-index.bin is damaged or cut short, and loses none', async () => {
    const articles = await seed(60);
    const store = await ArticleStore.open({ root });
    await store.whenSearchReady();
    await store.close();
    const path = join(root, 'search-index.bin');
    const good = await readFile(path);

    const headerLength = good.readUInt32LE(good.length - 8);
    const flipped = (at: number) => {
      const bytes = Buffer.from(good);
      bytes[at] ^= 0xff;
      return bytes;
    };
    const damages = [
      good.subarray(0, good.length - 7),
      Buffer.concat([good.subarray(0, good.length - 3), Buffer.from([1, 2, 3])]),
      Buffer.from('not an index'),
      flipped(good.length - 8 - headerLength - 3), // in the postings
      flipped(good.length - 8 - Math.floor(headerLength / 2)), // in the header
      flipped(100), // in a story's text: that story is read from its file instead
    ];
    for (const damage of damages) {
      await writeFile(path, damage);
      const reopened = await ArticleStore.open({ root });
      expect(reopened.list().articles).toHaveLength(articles.size);
      await reopened.whenSearchReady();
      await expectScan(reopened, articles);
      await reopened.close();
      // Written whole again on close.
      const rewritten = readSearchFile(path);
      expect(rewritten?.index.docs).toHaveLength(articles.size);
      closeSync(rewritten!.fd);
    }
  });

  it('cuts each snippet around the term, whether it stands at the top of a long story or far down it', async () => {
    const random = rng(11);
    const top = { ...makeArticle(random, 0, 1500), standfirst: 'Lighthouse keepers walked out at dawn.' };
    const deep = makeArticle(random, 1, 1500);
    deep.body.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Only the lighthouse at Fastnet stayed lit.' }] });
    await nodeFs.mkdir(join(root, 'articles'), { recursive: true });
    for (const a of [top, deep]) await writeFile(join(root, 'articles', `${a.id}.json`), JSON.stringify(a));
    const store = await ArticleStore.open({ root });
    await store.whenSearchReady();
    await store.close();

    // Reopened, the texts come from search-index.bin: the top of each story first, the rest only if the term is not there.
    const reopened = await ArticleStore.open({ root });
    const hits = await reopened.search('lighthouse');
    expect(hits.map((h) => h.id).sort()).toEqual([top.id, deep.id].sort());
    expect(hits.find((h) => h.id === top.id)!.snippet).toMatch(/Lighthouse keepers walked out at dawn\..*…$/);
    expect(hits.find((h) => h.id === deep.id)!.snippet).toMatch(/^….*Only the lighthouse at Fastnet stayed lit\.$/);
    await reopened.close();
  });

  it('indexes a story saved before the index loaded, from its file', async () => {
    const articles = await seed(20);
    const store = await ArticleStore.open({ root, searchLoadMs: 60_000 });
    const [id] = articles.keys();
    articles.set(id, await store.update(id, 1, { fields: { headline: 'Marina closed', body: body('Harbour staff said so.') } }));
    expect((await store.search('harbour')).map((h) => h.id)).toEqual([]); // the body follows in the background…
    await store.whenSearchReady();
    expect((await store.search('harbour')).map((h) => h.id)).toEqual([id]); // …and is there once it has
    await expectScan(store, articles);
    await store.close();
  });
});

describe('SearchIndex', () => {
  it('packs plain lists and holes away and answers the same, in memory and through its file', async () => {
    const copy = new Map<string, Article>();
    const textOf = (id: string) => {
      const a = copy.get(id);
      return a ? searchableText(a.headline, articleText(a)) : null;
    };
    const random = rng(3);
    const index = new SearchIndex(async (id) => textOf(id));
    // Enough stories, replaced and removed, that the index packs itself several times.
    for (let i = 0; i < 1600; i++) {
      const a = makeArticle(random, i, 30);
      const id = i % 3 === 2 ? [...copy.keys()][i % copy.size] : `story-${i}`;
      const article = { ...a, id };
      copy.set(id, article);
      index.set(id, article.headline, articleText(article));
      if (i % 7 === 0) {
        const gone = [...copy.keys()][(i * 13) % copy.size];
        copy.delete(gone);
        index.delete(gone);
      }
    }
    const queries = ['council', 'hua', 'price said', 'hospital workers strike'];
    for (const q of queries) expect((await index.search(q, null, 5000)).map((h) => h.id).sort(), q).toEqual(scan(copy.values(), q));

    const path = join(root, 'search-index.bin');
    closeSync((await writeSearchFile(path, index.packed(), textOf, nodeFs)).fd);
    const file = readSearchFile(path)!;
    // Searched again from the file alone: its postings, and each story's text where the file put it.
    const reread = new SearchIndex(async (id) => readText(file.fd, file.refs.get(id)!), file.index);
    for (const q of [...queries, "qazi's"]) {
      const hits = await reread.search(q, null, 5000);
      expect(hits.map((h) => h.id).sort(), q).toEqual(scan(copy.values(), q));
      for (const hit of hits) expect(textOf(hit.id)!.replace(/\s+/g, ' ')).toContain(hit.snippet.replace(/^…|…$/g, ''));
    }
    closeSync(file.fd);
  });
});
