// The checks panel's rows: a name or word flagged again and again ("Qazi"
// three times in a story) is one row with its count, not a row per mention,
// so the list reads as the story's distinct problems. Every mention stays
// in the row, in story order, so the row can walk them one by one.
import type { ShownMatch } from './use-subbing-checks';

/** One row of a rule's group: the flagged text and each place it is flagged, in story order. */
export interface CheckRow {
  text: string;
  instances: ShownMatch[];
}

/** A rule's matches as rows, one per distinct flagged text (written exactly so), in order of first mention. */
export function checkRows(matches: readonly ShownMatch[]): CheckRow[] {
  const rows = new Map<string, CheckRow>();
  for (const shown of matches) {
    const row = rows.get(shown.match.text);
    if (row) row.instances.push(shown);
    else rows.set(shown.match.text, { text: shown.match.text, instances: [shown] });
  }
  return [...rows.values()];
}

/** A stable key for a row across re-checks: its rule and text. */
export const rowKey = (row: CheckRow): string => `${row.instances[0].match.ruleId}\u0000${row.text}`;
