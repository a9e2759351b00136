// Parts of the window whose code is fetched when first shown, or ahead of
// that when the window is idle, so a cold start parses only what its first
// view needs. Each part is its own chunk, loaded from the app's own origin
// (the Content-Security-Policy's script-src 'self' allows it; nothing is
// evaluated from strings).
import { Component, lazy, Suspense, type ComponentPropsWithRef, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { whenIdle } from './idle';

// `any`: the props of whichever component a part is; each caller passes its own type.
/** A part loaded on demand: render it as a component; `load()` fetches it ahead (the same fetch each time). */
export type Later<C extends ComponentType<any>> = ((props: ComponentPropsWithRef<C>) => ReactElement) & { load(): Promise<C> };

/** Says so, in place of the part, when its code could not be fetched; the rest of the window stays as it is. */
class LoadFailure extends Component<{ name: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="load-error" role="alert">
        The {this.props.name} could not be loaded. Reload the window to try again; your text is saved.
      </p>
    );
  }
}

/**
 * The part `load` resolves to, fetched the first time it is rendered or `load()` is called; `fallback`
 * (nothing unless given) stands in its place meanwhile.
 */
export function later<C extends ComponentType<any>>(name: string, load: () => Promise<C>, fallback: ReactNode = null): Later<C> {
  let loading: Promise<C> | null = null;
  const fetchOnce = () => {
    // A failed fetch is forgotten, so the next call tries again.
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const Lazy = lazy(() => fetchOnce().then((part) => ({ default: part as ComponentType<unknown> })));
  const Shown = (props: ComponentPropsWithRef<C>) => (
    <LoadFailure name={name}>
      <Suspense fallback={fallback}>
        <Lazy {...(props as object)} />
      </Suspense>
    </LoadFailure>
  );
  return Object.assign(Shown, { load: fetchOnce });
}

// jsdom (the unit tests) has no idle callbacks: there the idle moment is the next task.

/**
 * Fetches parts ahead, one per idle moment, so the first use of each is instant and no fetch or
 * evaluation competes with showing the story. Safe to call more than once.
 */
export function loadWhenIdle(parts: Array<{ load(): Promise<unknown> }>): void {
  const [first, ...rest] = parts;
  if (!first) return;
  whenIdle(() => {
    void first.load().catch(() => undefined); // a failure is said when the part is shown
    loadWhenIdle(rest);
  }, 5000);
}
