// Galley's own "are you sure?": a modal alert dialog in the app's look, with
// the focus trap, Escape to cancel and the safe choice focused first, in place
// of the browser's confirm box (which blocks the page and cannot be styled).
import { useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from './focus-trap';

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
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref);
  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={ref}
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-text"
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onCancel())}
      >
        <h2 id="confirm-title" className="modal-title">{title}</h2>
        <p id="confirm-text">{children}</p>
        <div className="modal-actions">
          <div className="spacer" />
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="button" className="primary" onClick={onConfirm}>{confirmLabel}</button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
