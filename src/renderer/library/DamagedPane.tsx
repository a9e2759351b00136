// The files the library could not read, moved to the quarantine folder
// untouched, each with the reason in the sub's words.
import type { LibraryListing } from '../../shared/contract/api';

/** The Damaged pane of the library. */
export function DamagedPane({ damaged }: { damaged: LibraryListing['damaged'] }) {
  return (
    <section className="damaged" aria-label="Damaged files">
      <p className="hint">These files could not be read. They were moved to the quarantine folder untouched; the rest of the library is unaffected.</p>
      <table className="grid">
        <thead>
          <tr>
            <th>File</th>
            <th>Reason</th>
            <th>Moved to</th>
          </tr>
        </thead>
        <tbody>
          {damaged.map((d) => (
            <tr key={d.quarantinedAs} className="damaged-row">
              <td className="mono">{d.file}</td>
              <td>{d.reason}</td>
              <td className="mono dim">{d.quarantinedAs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
