// Where an export may go, as rules on the path alone: pure, so the services
// apply them before touching the disk and the dialog can say the same thing
// before the sub presses Export. The disk-side half (each step's realpath,
// no planted symlink followed) is src/services/export/export-folder.ts.

/**
 * Why a folder is no place for exports, judged on its spelling: a network
 * (UNC) share, which on Windows would make Galley contact a remote server
 * and hand over the user's credentials, or a device or system folder. Null
 * when the path is an ordinary one.
 */
export function unsafeFolderReason(folder: string): string | null {
  const p = folder.trim();
  if (/^[\\/]{2}[?.][\\/]/.test(p)) return 'it is a Windows device path (\\\\?\\ or \\\\.\\), not a folder';
  if (/^[\\/]{2}[^\\/]/.test(p)) return 'it is a network share (//host/share), and Galley writes exports only to this computer’s own disks';
  if (/^\/(dev|proc|sys)(\/|$)/.test(p)) return 'it is a system device folder, not a place for files';
  if (/^[a-z]:[\\/]?(con|prn|aux|nul|com\d|lpt\d)(\.|[\\/]|$)/i.test(p)) return 'it names a Windows device';
  return null;
}

/**
 * The subfolder of the exports root the page named, as its parts, or why it
 * cannot be one: never a full path, a drive, `..` or a name a file system
 * refuses. An empty name means the root itself.
 */
export function subfolderParts(subfolder: string): { parts: string[] } | { reason: string } {
  const parts = subfolder
    .trim()
    .split(/[\\/]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '.');
  if (/^\s*([\\/]|[a-z]:)/i.test(subfolder)) return { reason: 'it is a full path: name a folder inside the exports folder instead' };
  if (parts.includes('..')) return { reason: 'it climbs out of the exports folder with “..”' };
  for (const part of parts) {
    // eslint-disable-next-line no-control-regex
    if (/[<>:"|?*\u0000-\u001f]/.test(part)) return { reason: `“${part}” holds a character file systems refuse (< > : " | ? * or a control character)` };
    if (part.length > 120) return { reason: `“${part.slice(0, 20)}…” is longer than a folder name may be` };
    if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(part)) return { reason: `“${part}” is a name Windows keeps for a device` };
    if (/[. ]$/.test(part)) return { reason: `“${part}” ends in a dot or a space, which Windows drops` };
  }
  if (parts.length > 16) return { reason: 'it is more than 16 folders deep' };
  return { parts };
}

/** True when `inner` is `outer` or inside it; both absolute and normalised, with the platform's separator. */
export function isWithin(inner: string, outer: string, separator: string): boolean {
  const trimmed = outer.endsWith(separator) ? outer.slice(0, -1) : outer;
  return inner === trimmed || inner.startsWith(trimmed + separator);
}
