// What each import of this session did to its copy, by story, until the sub
// has read it: the import answers once, and the story opens a moment later
// in a view that did not make the call. Kept in memory only: the removed
// lines are shown for the sub to put back now, not kept with the story.
import type { ImportReport } from '../../shared/import/report';

const reports = new Map<string, ImportReport>();

/** Keeps the report of the import that made story `id`; a report with nothing to say is not kept. */
export function keepReport(id: string, report: ImportReport): void {
  if (report.removed.length || report.trackedChanges || report.settled.length) reports.set(id, report);
}

/** The report for story `id`, if its import had something to say and the sub has not dismissed it. */
export function reportFor(id: string): ImportReport | null {
  return reports.get(id) ?? null;
}

/** Replaces the report (a line put back), or forgets it (null: dismissed). */
export function updateReport(id: string, report: ImportReport | null): void {
  if (report) reports.set(id, report);
  else reports.delete(id);
}
