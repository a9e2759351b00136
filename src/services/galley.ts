// Galley's services for one library folder, and the contract's handlers over
// them. The Electron shell, browser mode and the command line all open a
// library through here, so they share every behaviour.
import { Buffer } from 'node:buffer';
import { suggestCatchline } from '../shared/article/catchline';
import type { Article } from '../shared/article/model';
import type { Handlers } from '../shared/contract/api';
import { importText, type ImportedCopy } from './import/import-copy';
import { reportOf } from '../shared/import/report';
import { ImportSandbox, importWorkerBeside } from './import/import-sandbox';
import { ExportService, type PdfRenderer } from './export/export-service';
import { DeskCheckFiles } from './checks/desk-files';
import { searchQuotes, speakerUsage } from './quotes/quote-search';
import { SettingsStore } from './settings/settings-store';
import { mergeSpeakers } from './speakers/speaker-merge';
import { SpeakerDirectory } from './speakers/speaker-directory';
import { ArticleStore } from './store/article-store';
import { authorFrom, withHistory, type HistoryCall } from './history/history-handlers';
import { RevisionStore } from './history/revision-store';

export interface Galley {
  store: ArticleStore;
  speakers: SpeakerDirectory;
  settings: SettingsStore;
  handlers: Handlers;
  close(): Promise<void>;
}

export interface OpenGalleyOptions {
  library: string;
  now?: () => Date;
  /** How this runtime prints a PDF: Electron's printToPDF in the desktop app, Chromium elsewhere. */
  renderPdf?: PdfRenderer;
  /** The built import worker; by default the one beside this bundle (null: import in this thread, from source only). */
  importWorker?: string | null;
  /** The exports root the command line's --out names, beating the library settings. */
  exportsRoot?: string;
  /** Galley's installed program folders, which exports never write into (the library is always one). */
  ownFolders?: readonly string[];
  /** The desktop app's native folder dialog (the absolute folder, or null if the sub cancelled); elsewhere exports go under the root. */
  chooseFolder?: () => Promise<string | null>;
}

export async function openGalley(options: OpenGalleyOptions): Promise<Galley> {
  const store = await ArticleStore.open({ root: options.library, now: options.now });
  const speakers = await SpeakerDirectory.open(store.layout.speakers, store.quarantine, options.now);
  const settings = new SettingsStore(store.layout.settings);
  const importer = new ImportSandbox({ workerFile: options.importWorker !== undefined ? options.importWorker : importWorkerBeside(import.meta.url) });
  // The desktop app picks folders in its own dialog: there the page cannot move the root through the settings either.
  const exportSettings = options.chooseFolder ? undefined : settings;
  const exporter = new ExportService({ store, speakers, settings: exportSettings, renderPdf: options.renderPdf, spellingLocale: async () => (await settings.get()).spellingLocale, now: options.now, exportsRoot: options.exportsRoot, ownFolders: options.ownFolders });
  const revisions = new RevisionStore({ layout: store.layout, quarantine: store.quarantine, author: authorFrom(settings), current: (id) => store.get(id), now: options.now });
  const handlers = withHistory(bindHandlers(store, speakers, exporter, settings, importer, options.chooseFolder), store, revisions);
  return { store, speakers, settings, handlers, close: () => importer.close().then(() => store.close()) };
}

/** The native dialog's answer as a handle only the services can turn back into a folder; without a dialog, the root. */
async function chooseExportFolder(exporter: ExportService, choose: OpenGalleyOptions['chooseFolder']) {
  if (!choose) return { kind: 'root' as const, folder: await exporter.root() };
  const folder = await choose();
  return folder ? { kind: 'chosen' as const, handle: exporter.registerChosenFolder(folder), folder } : { kind: 'cancelled' as const };
}

function fieldsFromCopy(copy: ImportedCopy): Partial<Article> {
  return {
    catchline: suggestCatchline(copy.headline),
    headline: copy.headline,
    standfirst: copy.standfirst,
    byline: copy.byline,
    body: copy.body,
    status: 'subbing',
    // A field holds no suggestions: what a field read before the tracked changes it took is kept here, not lost.
    ...(copy.settled.length ? { notes: copy.settled.map((s) => `The Word file’s ${s.field} before its tracked changes: “${s.before}”`).join('\n') } : {}),
  };
}

function bindHandlers(
  store: ArticleStore,
  speakers: SpeakerDirectory,
  exporter: ExportService,
  settings: SettingsStore,
  importer: ImportSandbox,
  chooseFolder: OpenGalleyOptions['chooseFolder'],
): Omit<Handlers, HistoryCall> {
  const deskChecks = new DeskCheckFiles(store.layout.root);
  return {
    listArticles: async ({ first }) => store.list(first),
    getArticle: ({ id }) => store.get(id),
    createArticle: ({ fields }) => store.create(fields),
    updateArticle: ({ id, baseRevision, fields, quotes, sources }) => store.update(id, baseRevision, { fields, quotes, sources }),
    deleteArticle: async ({ id }) => {
      await store.delete(id);
      return { done: true as const };
    },
    restoreArticle: ({ id }) => store.restore(id),
    emptyTrash: async () => ({ removed: await store.emptyTrash() }),
    searchArticles: async ({ query, status, section }) => ({ hits: await store.search(query, { status, section }) }),
    importFile: async ({ fileName, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const copy = await importer.importFile(fileName, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { ...(await store.create(fieldsFromCopy(copy))), imported: reportOf(copy) };
    },
    importText: async ({ text, format }) => {
      const copy = await importText(text, format);
      return { ...(await store.create(fieldsFromCopy(copy))), imported: reportOf(copy) };
    },
    listSpeakers: async () => ({ speakers: speakers.list() }),
    createSpeaker: ({ fields }) => speakers.create(fields),
    updateSpeaker: ({ id, fields }) => speakers.update(id, fields),
    mergeSpeakers: ({ keepId, dropId }) => mergeSpeakers(store, speakers, keepId, dropId),
    speakerUsage: ({ id }) => speakerUsage(store, speakers, id),
    searchQuotes: (args) => searchQuotes(store, args),
    exportArticles: (args) => exporter.exportArticles(args),
    exportDefaults: () => exporter.defaults(),
    chooseExportFolder: () => chooseExportFolder(exporter, chooseFolder),
    getSettings: () => settings.get(),
    updateSettings: ({ settings: change }) => settings.update(change),
    getDeskChecks: () => deskChecks.read(),
    addDeskWord: async ({ word }) => ({ deskWords: await deskChecks.addWord(word) }),
  };
}
