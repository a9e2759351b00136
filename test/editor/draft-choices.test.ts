// @vitest-environment jsdom
// The open story's draft carries the sub's choices about it (layout, checks
// set aside, quote suggestions) as fields: the panels' storage functions read
// and keep them through it, a change is saved by the autosaver to the real
// store on a temp folder, and what an earlier Galley kept in this window's
// localStorage is taken into the article once, then cleared.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/shared/article/model';
import type { GalleyClient } from '../../src/shared/contract/api';
import { ArticleStore, type ArticleChange } from '../../src/services/store/article-store';
import { Draft } from '../../src/renderer/article/draft';
import { readStoryMemory, writeStoryMemory } from '../../src/renderer/checks/story-memory';
import { takeBodyEditor } from '../../src/renderer/editor/body-editor';
import { browserJournal } from '../../src/renderer/editor/recovery-journal';
import { readChoices, writeChoices } from '../../src/renderer/preview/choices';
import { recall, remember } from '../../src/renderer/quotes/suggestion-memory';

let root: string;
let store: ArticleStore;
let client: GalleyClient;
let editor: Editor;
const drafts: Draft[] = [];
const journal = browserJournal(localStorage);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-draft-choices-'));
  store = await ArticleStore.open({ root });
  client = {
    getArticle: ({ id }) => store.get(id),
    updateArticle: ({ id, baseRevision, fields, quotes, sources }) => store.update(id, baseRevision, { fields, quotes, sources } as ArticleChange),
  } as Partial<GalleyClient> as GalleyClient;
});
afterEach(async () => {
  for (const draft of drafts.splice(0)) draft.dispose();
  editor?.destroy();
  localStorage.clear();
  await store.close();
  await rm(root, { recursive: true, force: true });
});

function open(article: Article): Draft {
  editor?.destroy();
  editor = takeBodyEditor(article.body);
  const draft = new Draft(article, editor, client, journal);
  drafts.push(draft);
  return draft;
}

const slot = { templateId: 'tabloid', slot: { columns: 2, depthCm: 18 }, pullQuoteId: null };

describe('the story’s choices in the draft', () => {
  it('are read and kept through the panels’ storage functions, and saved to the article like any field', async () => {
    const article = await store.create({ headline: 'Bypass' });
    const draft = open(article);
    expect(readChoices(article.id)).toEqual({ templateId: null, slot: null, pullQuoteId: null });
    writeChoices(article.id, slot);
    writeStoryMemory(article.id, { ignoredWords: [], dismissedRules: ['per-cent'] });
    remember(article.id, { detected: true, rejected: ['we will fight it'], speakers: {} });
    expect(draft.saver.state.kind).toBe('unsaved');
    expect(readStoryMemory(article.id).dismissedRules).toEqual(['per-cent']);
    expect(await draft.saver.flush()).toBe(true);
    const saved = await store.get(article.id);
    expect(saved.layout).toEqual(slot);
    expect(saved.checks).toEqual({ ignoredWords: [], dismissedRules: ['per-cent'] });
    expect(saved.quoteSuggestions?.rejected).toEqual(['we will fight it']);

    // Opened again (a fresh draft of the saved article): the panels read what was saved, from the article.
    draft.dispose();
    open(saved);
    expect(readChoices(article.id)).toEqual(slot);
    expect(recall(article.id)).toMatchObject({ detected: true, rejected: ['we will fight it'] });
  });

  it('keeps the same choice again without marking the story changed, so opening a story makes no save', async () => {
    const article = await store.create({ headline: 'Quiet', layout: slot });
    const draft = open(article);
    writeChoices(article.id, { ...slot });
    expect(draft.saver.state).toEqual({ kind: 'saved', at: null });
  });

  it('takes what an earlier Galley kept in localStorage into an article that has none, once, and clears the keys', async () => {
    const article = await store.create({ headline: 'Migrated' });
    localStorage.setItem(`galley.preview.${article.id}`, JSON.stringify(slot));
    localStorage.setItem(`galley.checks.${article.id}`, JSON.stringify({ ignoredWords: ['Qazi'], dismissedRules: [] }));
    localStorage.setItem(`galley.quote-suggestions.${article.id}`, JSON.stringify({ detected: true, rejected: ['no comment'], speakers: {} }));
    const draft = open(article);
    expect(localStorage.length).toBe(0);
    expect(readChoices(article.id)).toEqual(slot);
    expect(draft.saver.state.kind).toBe('unsaved');
    expect(await draft.saver.flush()).toBe(true);
    const saved = await store.get(article.id);
    expect(saved).toMatchObject({ layout: slot, checks: { ignoredWords: ['Qazi'], dismissedRules: [] }, quoteSuggestions: { rejected: ['no comment'] } });
  });

  it('leaves the article’s own choice standing over a stale one in localStorage, and clears it', async () => {
    const article = await store.create({ headline: 'Stale', layout: slot });
    localStorage.setItem(`galley.preview.${article.id}`, JSON.stringify({ templateId: 'broadsheet', slot: null, pullQuoteId: null }));
    const draft = open(article);
    expect(localStorage.getItem(`galley.preview.${article.id}`)).toBeNull();
    expect(readChoices(article.id)).toEqual(slot);
    expect(draft.saver.state.kind).toBe('saved');
  });

  it('forgets a damaged localStorage entry rather than trusting it', async () => {
    const article = await store.create({ headline: 'Damaged' });
    localStorage.setItem(`galley.checks.${article.id}`, '{"ignoredWords": [1, 2]');
    const draft = open(article);
    expect(readStoryMemory(article.id)).toEqual({ ignoredWords: [], dismissedRules: [] });
    expect(localStorage.length).toBe(0);
    expect(draft.saver.state.kind).toBe('saved');
  });
});
