// Galley's own "are you sure?": a modal alert dialog in the app's look, with
// the safe choice focused first, in place of the browser's confirm box
// (which blocks the page and cannot be styled).
import { useId, type ReactNode } from 'react';
import { Modal } from './Modal';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The label of the button that does it, e.g. "Merge". */
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A confirmation the sub answers; Cancel has focus first, so Enter by habit changes nothing. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const id = useId();
  return (
    <Modal role="alertdialog" labelledBy={`${id}-title`} describedBy={`${id}-text`} onClose={onCancel}>
      <h2 id={`${id}-title`} className="modal-title">{title}</h2>
      <p id={`${id}-text`}>{children}</p>
      <div className="modal-actions">
        <div className="spacer" />
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="button" className="primary" onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </Modal>
  );
}
