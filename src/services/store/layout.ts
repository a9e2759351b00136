// Where each part of a library lives inside its folder. One place, so the
// README, the tests and the quarantine agree.
import { join } from 'node:path';

export interface LibraryLayout {
  root: string;
  index: string;
  /** The search index, packed (search-file.ts): a cache beside index.json. */
  searchIndex: string;
  articles: string;
  trash: string;
  quarantine: string;
  damagedList: string;
  speakers: string;
  /** The desk's settings for this library (settings-store.ts). */
  settings: string;
  articleFile(id: string): string;
  trashFile(id: string): string;
  /** The advisory lock a writer holds while it checks and saves an article (article-lock.ts). */
  lockFile(id: string): string;
  /** Each story's revisions (services/history), beside the articles and carried to the trash with them. */
  revisions: string;
  revisionsFile(id: string): string;
  trashRevisionsFile(id: string): string;
  revisionsLockFile(id: string): string;
}

export function libraryLayout(root: string): LibraryLayout {
  const articles = join(root, 'articles');
  const trash = join(root, 'trash');
  return {
    root,
    index: join(root, 'index.json'),
    searchIndex: join(root, 'search-index.bin'),
    articles,
    trash,
    quarantine: join(root, 'quarantine'),
    damagedList: join(root, 'quarantine', 'damaged.json'),
    speakers: join(root, 'speakers.json'),
    settings: join(root, 'settings.json'),
    // Ids are validated by the contract (no separators or dots) before they get here.
    articleFile: (id) => join(articles, `${id}.json`),
    trashFile: (id) => join(trash, `${id}.json`),
    lockFile: (id) => join(articles, `${id}.lock`),
    revisions: join(root, 'revisions'),
    revisionsFile: (id) => join(root, 'revisions', `${id}.json`),
    trashRevisionsFile: (id) => join(trash, 'revisions', `${id}.json`),
    revisionsLockFile: (id) => join(root, 'revisions', `${id}.lock`),
  };
}
