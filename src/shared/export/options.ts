// What every exporter may be told beyond the article itself. The clock is an
// argument, never read inside, so an export is reproducible in a test.

export type ExportOptions = {
  /** Names the program in the file's metadata (HTML generator meta, NewsML generator). */
  generator?: string;
  /** The moment of export: NITF's date.issue. Defaults to the current time. */
  now?: Date;
  /** BCP 47 tag of the copy. The article model has no language yet, so the house default applies. */
  language?: string;
};

export type ResolvedExportOptions = Required<ExportOptions>;

export const DEFAULT_GENERATOR = 'Galley';
export const DEFAULT_LANGUAGE = 'en-GB';

export function resolveOptions(options: ExportOptions | undefined): ResolvedExportOptions {
  return {
    generator: options?.generator?.trim() || DEFAULT_GENERATOR,
    now: options?.now ?? new Date(),
    language: options?.language?.trim() || DEFAULT_LANGUAGE,
  };
}
