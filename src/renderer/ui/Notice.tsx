// One line at the foot of the window for what just happened or went wrong.
// Errors stay until dismissed; information fades.
import { useEffect } from 'react';

export interface NoticeMessage {
  kind: 'info' | 'error';
  text: string;
}

export function Notice({ message, onDismiss }: { message: NoticeMessage | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!message || message.kind === 'error') return;
    const timer = setTimeout(onDismiss, 4000);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  if (!message) return null;
  return (
    <div className={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      <span>{message.text}</span>
      <button type="button" className="ghost" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
