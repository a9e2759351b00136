// The window's address names the open story (`#article=ID`), so a reload or
// a link opens it again.

/** The story the address names, if any. */
export function articleInAddress(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('article');
}

/** Puts the open story (or the library, for null) in the address without a new history entry. */
export function showInAddress(id: string | null): void {
  history.replaceState(null, '', id ? `#article=${id}` : '#');
}
