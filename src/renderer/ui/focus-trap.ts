// Keeps keyboard focus inside a modal while it is open: the first control
// takes focus on open, Tab and Shift+Tab wrap at the ends, focus that
// escapes (a click behind the backdrop) is brought back, and on close focus
// returns to whatever had it before, so the sub's place is not lost.
import { useEffect, type RefObject } from 'react';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Tab stops in order. A radio group is one stop: its checked radio, or its first when none is. */
export function tabStops(root: HTMLElement): HTMLElement[] {
  const seenGroups = new Set<string>();
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]:not([disabled])`)];
    const stop = group.find((r) => r.checked) ?? group[0];
    if (el !== stop || seenGroups.has(el.name)) return false;
    seenGroups.add(el.name);
    return true;
  });
}

export function useFocusTrap(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    tabStops(root)[0]?.focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const stops = tabStops(root);
      if (stops.length === 0) return event.preventDefault();
      const first = stops[0];
      const last = stops[stops.length - 1];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && !root.contains(event.target)) tabStops(root)[0]?.focus();
    };
    root.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      // Only if focus is still ours to give back: a caller may have moved it on purpose (to the editor, say).
      const active = document.activeElement;
      const stranded = !active || active === document.body || root.contains(active);
      if (stranded && before?.isConnected) before.focus();
    };
  }, [ref]);
}
