// The open article's draft: its fields, quote records and sources, held once
// (not as React state and refs side by side) with the autosaver that saves
// them. The view subscribes to render them; the autosaver is told of every
// edit of the sub's and reads them, with the body, when a save starts. The
// body stays in its editor: a keystroke touches the autosaver and nothing here.
// The story's choices (layout, checks set aside, quote suggestions) are fields
// too, offered to the panels through editor/article-choices.ts.
import type { Editor } from '@tiptap/core';
import type { Article, ArticleFields, QuoteRecord, SourceMaterial } from '../../shared/article/model';
import { ARTICLE_CHOICE_FIELDS, type ArticleChoices } from '../../shared/article/article-choices';
import type { GalleyClient } from '../../shared/contract/api';
import { Autosaver, type Snapshot } from '../editor/autosave';
import type { JournalEntry, RecoveryJournal } from '../editor/recovery-journal';
import { settledDocument } from '../editor/settled-document';
import { cleanField } from '../editor/FieldAdvice';
import { hostArticleChoices } from '../editor/article-choices';
import { takeStoredStoryMemory } from '../checks/story-memory';
import { takeStoredChoices } from '../preview/choices';
import { takeStoredSuggestions } from '../quotes/suggestion-memory';

/** The fields a sub edits beside the body. */
export type EditableFields = Omit<ArticleFields, 'body'>;

/** What the view renders from the draft; a new object whenever any of it changes. */
export interface DraftState {
  fields: EditableFields;
  records: QuoteRecord[];
  sources: SourceMaterial[];
}

function editableFields(article: Article): EditableFields {
  const { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes } = article;
  return { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes, ...choicesOf(article) };
}

function choicesOf(fields: ArticleChoices): ArticleChoices {
  const choices: ArticleChoices = {};
  for (const key of ARTICLE_CHOICE_FIELDS) if (fields[key] !== undefined) Object.assign(choices, { [key]: fields[key] });
  return choices;
}

/**
 * Choices an earlier Galley kept in this window's storage, for a story whose
 * article does not carry them yet: taken once (the storage is cleared).
 */
function storedChoices(article: Article): ArticleChoices {
  const stored: ArticleChoices = { layout: takeStoredChoices(article.id) ?? undefined, checks: takeStoredStoryMemory(article.id) ?? undefined, quoteSuggestions: takeStoredSuggestions(article.id) ?? undefined };
  return choicesOf(Object.fromEntries(ARTICLE_CHOICE_FIELDS.map((key) => [key, article[key] === undefined ? stored[key] : undefined])));
}

/** One open article's fields, quote records and sources, and the autosaver that keeps them on disk. */
export class Draft {
  readonly saver: Autosaver;
  #state: DraftState;
  #listeners = new Set<() => void>();
  readonly #unhost: () => void;

  constructor(
    article: Article,
    private readonly editor: Editor,
    client: GalleyClient,
    journal: RecoveryJournal,
  ) {
    this.#state = { fields: editableFields(article), records: article.quotes, sources: article.sources };
    this.saver = new Autosaver(client, article.id, article.revision, () => this.snapshot(), journal);
    const taken = storedChoices(article);
    if (Object.keys(taken).length) this.keepChoices(taken);
    this.#unhost = hostArticleChoices(article.id, { read: () => choicesOf(this.#state.fields), keep: (change) => this.keepChoices(change) });
  }

  get state(): DraftState {
    return this.#state;
  }

  /** For useSyncExternalStore: called after each change of the draft (never on a keystroke in the body). */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** What a save writes: the draft and the body as the editor now holds it (its JSON made only for the blocks changed since the last pause). */
  snapshot(): Snapshot {
    const { fields, records, sources } = this.#state;
    return { fields: { ...fields, body: settledDocument(this.editor).read().json }, quotes: records, sources };
  }

  /** The sub edited a field: saved a moment later. */
  setField<K extends keyof EditableFields>(key: K, typed: EditableFields[K]): void {
    const value = cleanField(key, typed);
    this.#set({ fields: { ...this.#state.fields, [key]: value } });
    this.saver.touch();
  }

  /** The sub changed the quote records (a check by hand): saved a moment later. */
  setRecords(records: QuoteRecord[]): void {
    this.#set({ records });
    this.saver.touch();
  }

  /** The sub changed the source material: saved a moment later. */
  setSources(sources: SourceMaterial[]): void {
    this.#set({ sources });
    this.saver.touch();
  }

  /** The sub decided something about the story (a layout, a rule dismissed, a suggestion rejected): saved a moment later; the same again changes nothing. */
  keepChoices(change: ArticleChoices): void {
    const current = choicesOf(this.#state.fields);
    const changed = ARTICLE_CHOICE_FIELDS.filter((key) => key in change && JSON.stringify(change[key]) !== JSON.stringify(current[key]));
    if (!changed.length) return;
    this.#set({ fields: { ...this.#state.fields, ...Object.fromEntries(changed.map((key) => [key, change[key]])) } });
    this.saver.touch();
  }

  /**
   * Records Galley worked out itself (a quote found verbatim in its source): not an edit of the
   * sub's, so it rides with the next save and opening a story never makes a revision of it.
   */
  followRecords(records: QuoteRecord[]): void {
    this.#set({ records });
  }

  /** A field changed on disk by Galley itself (export marking the story exported): shown, not saved again. */
  followField<K extends keyof EditableFields>(key: K, value: EditableFields[K]): void {
    this.#set({ fields: { ...this.#state.fields, [key]: value } });
  }

  /** Puts back what the recovery journal kept: fields, body, quote records and sources, then saves. */
  restore(entry: JournalEntry): void {
    const { body, ...fields } = entry.snapshot.fields;
    this.#set({
      fields: { ...this.#state.fields, ...fields },
      records: entry.snapshot.quotes ?? this.#state.records,
      sources: entry.snapshot.sources ?? this.#state.sources,
    });
    // An update like any edit: counts, quote panels and the preview follow.
    if (body) this.editor.commands.setContent(body);
    this.saver.touch();
  }

  /** A revision put back (history/): its fields and quote records stand, saved a moment later like any edit. */
  putBack(fields: EditableFields, records: QuoteRecord[]): void {
    this.#set({ fields, records });
    this.saver.touch();
  }

  /** The view is going: unsaved text goes to the recovery journal (Autosaver.dispose). */
  dispose(): void {
    this.#unhost();
    this.saver.dispose();
  }

  #set(change: Partial<DraftState>) {
    this.#state = { ...this.#state, ...change };
    for (const listener of this.#listeners) listener();
  }
}
