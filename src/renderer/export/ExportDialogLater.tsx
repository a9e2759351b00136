// The export dialog, loaded when first asked for (or at idle once a story or
// the library is on screen): its code is no part of a cold start's first view.
import { later } from '../ui/later';

/** The export dialog (ExportDialog.tsx), its code fetched on demand. */
export const ExportDialogLater = later('export dialog', () => import('./ExportDialog').then((m) => m.ExportDialog));
