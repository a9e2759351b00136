// What a browser tab shows instead of Galley when it has no session: the
// bare address, an address already used, or a tab left from an earlier run.
import type { SessionState } from './session';
import './no-session.css';

const WHY: Record<Exclude<SessionState, 'open'>, string> = {
  'no-address': 'Galley opens only from the address it printed when it started.',
  'address-used': 'This address has been used already: each address Galley prints opens it once.',
  'earlier-run': 'This tab belongs to an earlier run of Galley.',
  'no-server': 'Galley’s local server is not answering.',
};

/** A short page telling the sub which address to open. */
export function NoSession({ state }: { state: Exclude<SessionState, 'open'> }) {
  return (
    <main className="no-session" role="alert">
      <h1>Galley</h1>
      <p>{WHY[state]}</p>
      {state === 'no-server' ? (
        <p>
          Start it again (<code>npm run serve</code>) and open the address it prints.
        </p>
      ) : (
        <p>
          Open the newest address shown in the terminal where Galley is running. It looks like <code>http://127.0.0.1:PORT/#ticket=…</code>.
        </p>
      )}
    </main>
  );
}
