// Export as the sub asks for it: a selection of articles (or every article
// of one status), in chosen formats, into one folder on this machine, then
// each article marked exported. The renderers are pure (src/shared/export),
// writeExports puts text and DOCX on disk, and the runtime's PdfRenderer
// prints the PDF. Every argument is checked and every article read before
// the first file is written, so bad input leaves the folder as it was.
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Article, ArticleStatus } from '../../shared/article/model';
import type { ParsedArgsOf, ResultOf } from '../../shared/contract/api';
import { GalleyError } from '../../shared/contract/errors';
import { exportBaseName } from '../../shared/export/file-name';
import { EXPORT_FORMATS, FILE_EXTENSIONS, type ExportFormat } from '../../shared/export/formats';
import type { Speaker } from '../../shared/speakers/model';
import type { SpeakerDirectory } from '../speakers/speaker-directory';
import type { ArticleStore } from '../store/article-store';
import type { PdfRenderer } from './pdf-renderer';
import { ensureWritableFolder, folderError, writeAtomically, writeExports } from './write-exports';
import { messageOf } from '../../shared/message-of';

export type { PdfRenderer } from './pdf-renderer';

export interface ExportServiceDeps {
  store: ArticleStore;
  speakers: SpeakerDirectory;
  /** Absent where no Chromium (or Electron window) can print: PDF is then refused, with how to fix it. */
  renderPdf?: PdfRenderer;
  now?: () => Date;
  /** Read for GALLEY_EXPORTS; the process environment unless a test gives its own. */
  env?: NodeJS.ProcessEnv;
}

type ExportedFile = ResultOf<'exportArticles'>['files'][number];

export const PDF_NEEDS_CHROMIUM =
  'PDF needs Chromium, and none was found on this machine: install Chromium or Google Chrome, or set GALLEY_CHROMIUM to its executable (for example GALLEY_CHROMIUM=/usr/bin/chromium). The other formats do not need it.';

export class ExportService {
  readonly #store: ArticleStore;
  readonly #speakers: SpeakerDirectory;
  readonly #renderPdf: PdfRenderer | undefined;
  readonly #now: () => Date;
  readonly #env: NodeJS.ProcessEnv;

  constructor(deps: ExportServiceDeps) {
    this.#store = deps.store;
    this.#speakers = deps.speakers;
    this.#renderPdf = deps.renderPdf;
    this.#now = deps.now ?? (() => new Date());
    this.#env = deps.env ?? process.env;
  }

  /** Where exports go unless the sub chooses otherwise, and the formats this runtime can write. */
  defaults(): { folder: string; formats: ExportFormat[] } {
    const chosen = this.#env.GALLEY_EXPORTS?.trim();
    return {
      folder: chosen ? path.resolve(chosen) : path.join(homedir(), 'Documents', 'Galley exports'),
      formats: EXPORT_FORMATS.filter((f) => f !== 'pdf' || this.#renderPdf),
    };
  }

  async exportArticles(args: ParsedArgsOf<'exportArticles'>): Promise<ResultOf<'exportArticles'>> {
    const formats = [...new Set(args.formats)];
    const folder = checkFolderName(args.folder);
    const renderPdf = formats.includes('pdf') ? this.#requirePdf() : null;
    const articles = args.ids ? await this.#byId(args.ids) : await this.#byStatus(args.status!);
    await ensureWritableFolder(folder);

    const speakers = this.#speakers.list();
    const names = new UniqueNames();
    const files: ExportedFile[] = [];
    for (const article of articles) {
      const at = this.#now();
      const written = await writeArticle(article, speakers, formats, folder, names.take(article), renderPdf, at);
      files.push(...written.map((w) => ({ articleId: article.id, ...w })));
      await this.#markExported(article.id, { at: at.toISOString(), formats });
    }
    return { folder, files };
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

function checkFolderName(folder: string): string {
  if (!path.isAbsolute(folder)) {
    throw new GalleyError('invalid-argument', `The export folder “${folder}” is not a full path: give one that starts from the root of the disk.`);
  }
  return path.resolve(folder);
}

/**
 * File names are the catchline (exportBaseName). Two articles of one export
 * with the same catchline (the same copy imported twice, say) would overwrite
 * each other, so every article after the first that wants a taken name gets
 * its id's first part after it.
 */
class UniqueNames {
  readonly #taken = new Set<string>();

  take(article: Article): string {
    const base = exportBaseName(article);
    const name = this.#taken.has(base) ? `${base}-${article.id.split('-')[0]}` : base;
    this.#taken.add(name);
    return name;
  }
}

/**
 * One article's files. The PDF is printed first, so a renderer failure leaves
 * no half set. writeExports names files after the catchline; when this export
 * needs another name, the files are written into a hidden folder beside the
 * final ones and renamed out of it, which is still atomic on one disk.
 */
async function writeArticle(
  article: Article,
  speakers: Speaker[],
  formats: readonly ExportFormat[],
  folder: string,
  name: string,
  renderPdf: PdfRenderer | null,
  now: Date,
): Promise<Array<{ format: ExportFormat; path: string }>> {
  const pdf = renderPdf ? await printPdf(renderPdf, article, speakers) : null;
  const renamed = name !== exportBaseName(article);
  const stage = renamed ? path.join(folder, `.galley-export-${randomBytes(6).toString('hex')}`) : folder;
  try {
    const written = await writeExports(article, speakers, formats.filter((f) => f !== 'pdf'), stage, { now });
    if (pdf) written.push({ format: 'pdf', path: await writeAtomically(path.join(stage, `${exportBaseName(article)}.${FILE_EXTENSIONS.pdf}`), pdf, folder) });
    const placed: Array<{ format: ExportFormat; path: string }> = [];
    for (const w of ordered(written, formats)) {
      const target = path.join(folder, `${name}.${FILE_EXTENSIONS[w.format]}`);
      if (w.path !== target) await rename(w.path, target).catch((error: unknown) => Promise.reject(folderError(folder, error)));
      placed.push({ format: w.format, path: target });
    }
    return placed;
  } finally {
    if (renamed) await rm(stage, { recursive: true, force: true }).catch(() => undefined);
  }
}

function ordered<T extends { format: ExportFormat }>(written: T[], formats: readonly ExportFormat[]): T[] {
  return [...written].sort((a, b) => formats.indexOf(a.format) - formats.indexOf(b.format));
}

async function printPdf(renderPdf: PdfRenderer, article: Article, speakers: Speaker[]): Promise<Uint8Array> {
  try {
    return await renderPdf(article, speakers);
  } catch (error) {
    if (error instanceof GalleyError) throw error;
    const reason = messageOf(error);
    throw new GalleyError('internal', `Could not print “${article.headline || exportBaseName(article)}” as PDF: ${reason}`);
  }
}

