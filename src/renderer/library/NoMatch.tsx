// What the library says when it holds stories but the search or filter
// matches none of them: which filter, and a button that clears it.

/** "No article matches the filter (…)" naming each filter in force, with Clear the filter. */
export function NoMatch({ query, status, section, onClear }: { query: string; status: string; section: string; onClear(): void }) {
  const named = [query.trim() && `“${query.trim()}”`, status && `status ${status}`, section && `section ${section}`].filter(Boolean).join(', ');
  return (
    <>
      {`No article matches the filter (${named}).`}{' '}
      <button type="button" className="link" onClick={onClear}>
        Clear the filter
      </button>
    </>
  );
}
