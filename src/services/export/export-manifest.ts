// What Galley wrote into an export folder: `.galley-exports.json`, one entry
// per file with the story, the format and a hash of the bytes. It is how an
// export knows that a file of the same name is its own earlier export of the
// same story (replace it) rather than the sub's or another story's (leave it,
// and take a numbered name). A file the sub edited since no longer matches
// its hash, so it is left alone too.
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ExportFormat } from '../../shared/export/formats';
import { ExportFormat as ExportFormatSchema } from '../../shared/export/formats';
import { writeAtomically } from './export-disk';

export const MANIFEST_NAME = '.galley-exports.json';

const Entry = z.object({ articleId: z.string(), format: ExportFormatSchema, sha256: z.string(), at: z.string() });
type Entry = z.infer<typeof Entry>;
const ManifestFile = z.looseObject({ files: z.record(z.string(), z.unknown()) });

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export class ExportManifest {
  /** False when a file of the manifest's name is there but is not one Galley can read as its own: it is then never written. */
  readonly writable: boolean;

  private constructor(
    private readonly folder: string,
    private readonly entries: Map<string, Entry>,
    private readonly extra: Record<string, unknown>,
    writable: boolean,
  ) {
    this.writable = writable;
  }

  static async read(folder: string): Promise<ExportManifest> {
    const file = path.join(folder, MANIFEST_NAME);
    const stats = await lstat(file).catch(() => null);
    if (!stats) return new ExportManifest(folder, new Map(), {}, true);
    if (!stats.isFile() || stats.size > MAX_MANIFEST_BYTES) return new ExportManifest(folder, new Map(), {}, false);
    try {
      const parsed = ManifestFile.parse(JSON.parse(await readFile(file, 'utf8')));
      const entries = new Map<string, Entry>();
      for (const [name, value] of Object.entries(parsed.files)) {
        const entry = Entry.safeParse(value);
        // A record this version cannot read is dropped from the map, never trusted.
        if (entry.success && path.basename(name) === name) entries.set(name, entry.data);
      }
      const { files: _files, ...extra } = parsed;
      return new ExportManifest(folder, entries, extra, true);
    } catch {
      return new ExportManifest(folder, new Map(), {}, false);
    }
  }

  /** The name Galley last wrote this story's export of this format under, if any. */
  nameOf(articleId: string, format: ExportFormat): string | null {
    for (const [name, entry] of this.entries) if (entry.articleId === articleId && entry.format === format) return name;
    return null;
  }

  /** True when `name` holds, byte for byte, what Galley wrote there for this story and format. */
  async isOwn(name: string, articleId: string, format: ExportFormat): Promise<boolean> {
    const entry = this.entries.get(name);
    if (!entry || entry.articleId !== articleId || entry.format !== format) return false;
    const file = path.join(this.folder, name);
    const stats = await lstat(file).catch(() => null);
    if (!stats?.isFile()) return false;
    const bytes = await readFile(file).catch(() => null);
    return bytes !== null && sha256(bytes) === entry.sha256;
  }

  record(name: string, articleId: string, format: ExportFormat, data: string | Uint8Array, at: Date): void {
    for (const [other, entry] of this.entries) if (other !== name && entry.articleId === articleId && entry.format === format) this.entries.delete(other);
    this.entries.set(name, { articleId, format, sha256: sha256(data), at: at.toISOString() });
  }

  async save(): Promise<void> {
    if (!this.writable) return;
    const files = Object.fromEntries([...this.entries].sort(([a], [b]) => a.localeCompare(b)));
    const about = 'Files Galley exported into this folder. Galley replaces only these, and only while they are unchanged.';
    await writeAtomically(path.join(this.folder, MANIFEST_NAME), `${JSON.stringify({ ...this.extra, about, files }, null, 1)}\n`, this.folder);
  }
}
