// The one modal shell every dialog is drawn in: the backdrop, the dialog box
// with aria-modal, the focus trap (focus in on open, kept in, given back on
// close), Escape to close, and the dialog's keys kept from the window's
// shortcuts behind it. Each dialog supplies only what is inside.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from './focus-trap';

export interface ModalProps {
  /** `alertdialog` for a question the sub must answer (a confirmation); `dialog` otherwise. */
  role?: 'dialog' | 'alertdialog';
  /** Added to the box's `modal` class, for the dialog's own layout (e.g. `palette`). */
  className?: string;
  /** The accessible name: a label, or the id of the dialog's own title. */
  label?: string;
  labelledBy?: string;
  describedBy?: string;
  /** Escape, and a press on the backdrop unless `closeOnBackdrop` is false. */
  onClose(): void;
  /** False where a stray click must not throw away what the sub has chosen (a form half filled). */
  closeOnBackdrop?: boolean;
  /** The dialog's other keys (arrows, Enter); Escape never reaches it. */
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  children: ReactNode;
}

/** A modal dialog over the window, drawn in document.body. */
export function Modal({ role = 'dialog', className, label, labelledBy, describedBy, onClose, closeOnBackdrop = true, onKeyDown, children }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref);
  const keys = (event: KeyboardEvent<HTMLDivElement>) => {
    // While a dialog is open its keys are its own: none reach the editor or the window's shortcuts behind it.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else onKeyDown?.(event);
  };
  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => closeOnBackdrop && e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={className ? `modal ${className}` : 'modal'}
        role={role}
        aria-modal="true"
        aria-label={label}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onKeyDown={keys}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
