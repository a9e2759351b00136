// The open article's parts that its first view does not show: the preview,
// the revision history (with the diff code) and the export dialog. Each is
// fetched when first opened, and all of them once the story is on screen and
// the window is idle, so the first use is instant.
import { ExportDialogLater } from '../export/ExportDialogLater';
import { later, loadWhenIdle } from '../ui/later';

/** The preview pane (preview/PreviewPane.tsx), on demand. */
export const PreviewPaneLater = later('preview', () => import('../preview/PreviewPane').then((m) => m.PreviewPane));

/** The History button and its panel (history/HistoryControl.tsx); until its code is here, the button stands in place, not yet pressable. */
export const HistoryControlLater = later(
  'revision history',
  () => import('../history/HistoryControl').then((m) => m.HistoryControl),
  <button type="button" aria-pressed={false} disabled title="Revisions of this story: compare and go back">
    History
  </button>,
);
export { ExportDialogLater };

/** Fetches the parts above when the window is next idle; called once the story is shown. */
export function loadPanelsWhenIdle(): void {
  loadWhenIdle([PreviewPaneLater, ExportDialogLater, HistoryControlLater]);
}
