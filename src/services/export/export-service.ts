// Export as the sub asks for it: a selection of articles (or every article
// of one status), in chosen formats, into one folder, then each article
// marked exported. The folder is never a path from the page: it is a
// subfolder of the exports root the sub set (library settings, the command
// line's --out), or a folder the sub picked in the desktop app's own dialog,
// known to the page only by an opaque handle. The renderers are pure
// (src/shared/export); write-exports.ts puts files on disk without ever
// replacing one Galley did not write, and the runtime's PdfRenderer prints the
// PDF. Every argument is checked and every article read before the first file
// is written, so bad input leaves the folder as it was.
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Article, ArticleStatus } from '../../shared/article/model';
import type { ParsedArgsOf, ResultOf } from '../../shared/contract/api';
import { GalleyError } from '../../shared/contract/errors';
import { exportBaseName } from '../../shared/export/file-name';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats';
import type { Speaker } from '../../shared/speakers/model';
import type { SettingsStore } from '../settings/settings-store';
import type { SpeakerDirectory } from '../speakers/speaker-directory';
import type { ArticleStore } from '../store/article-store';
import { articleForExport } from '../../shared/export/resolve-suggestions';
import { prepareExportFolder } from './export-folder';
import { ExportManifest } from './export-manifest';
import { installedProgramFolders } from './own-folders';
import type { PdfRenderer, PrintedPdf, PrintOptions } from './pdf-renderer';
import { placeExports, renderExports, type RenderedExport } from './write-exports';
import { messageOf } from '../../shared/message-of';

export type { PdfRenderer, PrintedPdf } from './pdf-renderer';

export interface ExportServiceDeps {
  store: ArticleStore;
  speakers: SpeakerDirectory;
  /** Where the sub's exports root is kept (settings.json's exportsRoot); absent means the default root. */
  settings?: SettingsStore;
  /** A root that beats the settings: the command line's --out. */
  exportsRoot?: string;
  /** Galley's own folders beyond the library and the program found beside this code (a packaged app's resources). Never exported into. */
  ownFolders?: readonly string[];
  /** Absent where no Chromium (or Electron window) can print: PDF is then refused, with how to fix it. */
  renderPdf?: PdfRenderer;
  /** The library's spelling (settings.json's spellingLocale), read at each export: the PDF hyphenates the body with its patterns. */
  spellingLocale?: () => Promise<PrintOptions['language']>;
  now?: () => Date;
  /** Read for GALLEY_EXPORTS (the root when the settings name none); the process environment unless a test gives its own. */
  env?: NodeJS.ProcessEnv;
}

type ExportResult = ResultOf<'exportArticles'>;

export const PDF_NEEDS_CHROMIUM =
  'PDF needs Chromium, and none was found on this machine: install Chromium or Google Chrome, or set GALLEY_CHROMIUM to its executable (for example GALLEY_CHROMIUM=/usr/bin/chromium). The other formats do not need it.';

/** The exports root when nobody has set one: `Galley Exports` in the user's documents folder. */
export function defaultExportsRoot(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.GALLEY_EXPORTS?.trim();
  return chosen || path.join(homedir(), 'Documents', 'Galley Exports');
}

export class ExportService {
  readonly #store: ArticleStore;
  readonly #speakers: SpeakerDirectory;
  readonly #settings: SettingsStore | undefined;
  readonly #exportsRoot: string | undefined;
  readonly #ownFolders: readonly string[];
  readonly #renderPdf: PdfRenderer | undefined;
  readonly #spellingLocale: ExportServiceDeps['spellingLocale'];
  readonly #now: () => Date;
  readonly #env: NodeJS.ProcessEnv;
  /** Folders the sub picked in the desktop app's dialog, by the handle the page was given. */
  readonly #chosen = new Map<string, string>();

  constructor(deps: ExportServiceDeps) {
    this.#store = deps.store;
    this.#speakers = deps.speakers;
    this.#settings = deps.settings;
    this.#exportsRoot = deps.exportsRoot;
    this.#ownFolders = [...installedProgramFolders(), ...(deps.ownFolders ?? [])];
    this.#renderPdf = deps.renderPdf;
    this.#spellingLocale = deps.spellingLocale;
    this.#now = deps.now ?? (() => new Date());
    this.#env = deps.env ?? process.env;
  }

  /** The exports root: --out, else the library settings, else GALLEY_EXPORTS, else `Galley Exports` in Documents. */
  async root(): Promise<string> {
    // As given: a network share (//host/share) must reach the folder rules before path.resolve turns it into /host/share.
    if (this.#exportsRoot) return this.#exportsRoot;
    const fromSettings = (await this.#settings?.get())?.exportsRoot?.trim();
    return fromSettings || defaultExportsRoot(this.#env);
  }

  /** Where exports go unless the sub chooses otherwise, and the formats this runtime can write. */
  async defaults(): Promise<{ folder: string; formats: ExportFormat[] }> {
    return { folder: await this.root(), formats: EXPORT_FORMATS.filter((f) => f !== 'pdf' || this.#renderPdf) };
  }

  /**
   * A folder the sub picked in the desktop app's own dialog (the main process
   * calls this, never the page), as the handle the page passes back.
   */
  registerChosenFolder(folder: string): string {
    if (!path.isAbsolute(folder)) throw new GalleyError('invalid-argument', `The chosen folder “${folder}” is not a full path.`);
    const handle = `folder-${randomBytes(16).toString('hex')}`;
    this.#chosen.set(handle, folder);
    return handle;
  }

  async exportArticles(args: ParsedArgsOf<'exportArticles'>): Promise<ExportResult> {
    const formats = [...new Set(args.formats)];
    const renderPdf = formats.includes('pdf') ? this.#requirePdf() : null;
    const root = await this.#rootFor(args.folderHandle);
    const articles = args.ids ? await this.#byId(args.ids) : await this.#byStatus(args.status!);
    const folder = await prepareExportFolder({ root, subfolder: args.subfolder ?? '', forbidden: [this.#store.layout.root, ...this.#ownFolders] });

    const speakers = this.#speakers.list();
    const print = { language: renderPdf ? await this.#spellingLocale?.() : undefined };
    const manifest = await ExportManifest.read(folder);
    const result: ExportResult = { folder, files: [], warnings: [] };
    if (!manifest.writable) {
      result.warnings.push({ articleId: articles[0].id, message: `${folder} holds a .galley-exports.json Galley cannot read, so no earlier export there is replaced: each file takes a free name.` });
    }
    try {
      for (const article of articles) {
        const at = this.#now();
        // The PDF is printed and every other format rendered before this article's first file is written.
        const printed = renderPdf ? await printPdf(renderPdf, articleForExport(article), speakers, print) : null;
        const rendered = await renderExports(article, speakers, formats.filter((f) => f !== 'pdf'), { now: at });
        if (printed) rendered.push({ format: 'pdf', data: printed.pdf });
        const placed = await placeExports(folder, manifest, article, ordered(rendered, formats), at);
        result.files.push(...placed.map((w) => ({ articleId: article.id, ...w })));
        if (printed && printed.copyfit.state === 'over') {
          result.warnings.push({
            articleId: article.id,
            message: `“${article.headline || exportBaseName(article)}” is ${printed.copyfit.message} in its slot: the PDF carries the overmatter on the pages after the slot, marked as overmatter.`,
          });
        }
        await this.#markExported(article.id, { at: at.toISOString(), formats });
      }
    } catch (error) {
      throw keptSoFar(error, result.files);
    } finally {
      await manifest.save();
    }
    return result;
  }

  async #rootFor(handle: string | undefined): Promise<string> {
    if (!handle) return this.root();
    const chosen = this.#chosen.get(handle);
    if (!chosen) throw new GalleyError('invalid-argument', 'The folder chosen for this export is no longer known (Galley was restarted?): choose the folder again.');
    return chosen;
  }

  #requirePdf(): PdfRenderer {
    if (!this.#renderPdf) throw new GalleyError('invalid-argument', PDF_NEEDS_CHROMIUM);
    return this.#renderPdf;
  }

  async #byId(ids: readonly string[]): Promise<Article[]> {
    // store.get names an unknown, binned or damaged article in its error.
    const articles: Article[] = [];
    for (const id of new Set(ids)) articles.push(await this.#store.get(id));
    return articles;
  }

  async #byStatus(status: ArticleStatus): Promise<Article[]> {
    const ids = this.#store.list().articles.filter((a) => a.status === status).map((a) => a.id);
    if (ids.length === 0) throw new GalleyError('not-found', `No article in the library has the status “${status}”: there is nothing to export.`);
    return this.#byId(ids);
  }

  /**
   * Status and the export record change; the copy never does. Based on the
   * current revision, not the one exported, so an edit saved meanwhile is
   * kept; a save that lands between the read and the write is retried once.
   */
  async #markExported(id: string, exported: NonNullable<Article['exported']>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.#store.get(id);
      try {
        await this.#store.update(id, current.revision, { fields: { status: 'exported' }, exported });
        return;
      } catch (error) {
        if (!(error instanceof GalleyError && error.code === 'conflict') || attempt > 0) throw error;
      }
    }
  }
}

/** A failure after some articles were written: the sub is told which files those are, and that they stay. */
function keptSoFar(error: unknown, files: ExportResult['files']): unknown {
  if (files.length === 0 || !(error instanceof GalleyError)) return error;
  const names = files.map((f) => path.basename(f.path)).join(', ');
  return new GalleyError(error.code, `${error.message} Written before that, kept, and their articles marked exported: ${names}.`);
}

function ordered(rendered: RenderedExport[], formats: readonly ExportFormat[]): RenderedExport[] {
  return [...rendered].sort((a, b) => formats.indexOf(a.format) - formats.indexOf(b.format));
}

async function printPdf(renderPdf: PdfRenderer, article: Article, speakers: Speaker[], print: PrintOptions): Promise<PrintedPdf> {
  try {
    return await renderPdf(article, speakers, print);
  } catch (error) {
    if (error instanceof GalleyError) throw error;
    const reason = messageOf(error);
    throw new GalleyError('internal', `Could not print “${article.headline || exportBaseName(article)}” as PDF: ${reason}`);
  }
}
