// What an import did to the copy that the sub must be told about: the lines
// of furniture it took away (each can be put back) and the Word file's
// tracked changes it kept as suggestions. Sent back beside the new story by
// importFile and importText, and shown in the import notice.
import { z } from 'zod';
import { Article } from '../article/model';

/** One line the furniture stripper took out, and the story's block it followed (null: it came before the story). */
export const RemovedLine = z
  .object({ rule: z.string().max(80), text: z.string().max(10_000), after: z.string().max(200_000).nullable() })
  .strict();
export type RemovedLine = z.infer<typeof RemovedLine>;

export const ImportReport = z
  .object({
    removed: z.array(RemovedLine).max(100_000),
    /** Suggestions made from the Word file's tracked changes, now in the body. */
    trackedChanges: z.number().int().min(0),
    /** Fields whose tracked changes were taken as accepted, with what they read before. */
    settled: z.array(z.object({ field: z.enum(['headline', 'standfirst', 'byline']), before: z.string().max(200_000) }).strict()).max(3),
  })
  .strict();
export type ImportReport = z.infer<typeof ImportReport>;

/** The notice's first line: how many lines of furniture went, and how many tracked changes were kept. */
export function importSummary(report: ImportReport): string[] {
  const lines: string[] = [];
  const n = report.trackedChanges;
  if (n > 0) lines.push(`This Word file had ${n} tracked ${n === 1 ? 'change' : 'changes'}; ${n === 1 ? 'it is' : 'they are'} kept as suggestions.`);
  for (const { field, before } of report.settled) {
    lines.push(`The ${field}’s tracked changes were taken as accepted (a ${field} holds no suggestions); before them it read “${before}”.`);
  }
  const r = report.removed.length;
  if (r > 0) lines.push(`Removed ${r} ${r === 1 ? 'line' : 'lines'} of page furniture.`);
  return lines;
}

/** What importFile and importText answer: the new story, and what the import did to its copy. */
export const ImportedArticle = Article.extend({ imported: ImportReport });
export type ImportedArticle = z.infer<typeof ImportedArticle>;

/** The report of one import, from the pipeline's copy. */
export function reportOf(copy: { removed: RemovedLine[]; trackedChanges: number; settled: ImportReport['settled'] }): ImportReport {
  return { removed: copy.removed, trackedChanges: copy.trackedChanges, settled: copy.settled };
}
