// What the bench installs in every page before it loads (page.addInitScript),
// so Galley and the baselines are measured by the same code.
//
// Per keystroke, from a capture listener on window (before any editor sees the key):
//   t0      performance.now() at keydown; ts = the event's timeStamp (when the key arrived)
//   input   a microtask queued by a bubbling 'input' listener on window: runs once the
//           editor's own handlers and microtasks (ProseMirror's DOM observer, React's
//           sync renders) for the key are done
//   msg     a MessageChannel task posted at keydown, the fallback when no input event
//           comes: the scheduler may run it only after the next frame, so it can
//           include the wait for that frame
//   t1      the next requestAnimationFrame callback: the frame starts
//   t2      a MessageChannel task posted from that callback: runs after the frame's
//           style, layout and paint on the main thread
//   latency = t2 − ts                    (quantised to frames)
//   work    = (input − t0) + (t2 − t1)   (input handling plus the frame, not the idle wait)
// Long tasks come from a PerformanceObserver. Open time runs from the Open click's
// timeStamp to the moment the story's last paragraph is in an editable element.

export interface KeySample {
  key: string;
  ts: number;
  t0: number;
  input: number;
  msg: number;
  t1: number;
  t2: number;
}

export interface OpenSample {
  click: number;
  dom: number;
  paint: number;
}

export interface BenchState {
  armed: boolean;
  samples: KeySample[];
  longTasks: { start: number; duration: number }[];
  open: OpenSample | null;
  /** DOM changes while armed, by where and what (`body childList INS`), to find per-key redraws and writes outside the copy. */
  mutations: Record<string, number>;
  /** With `timeListeners`: milliseconds spent, while armed, in listeners on React's root and portal containers (#root, the old body island, the copy layer's furniture host) and the document. */
  listenerMs: Record<string, number>;
  watchOpen(lastText: string): void;
}

/** Runs in the page: serialised by Playwright, so it must use nothing from outside itself. */
export function installHarness(timeListeners = false): void {
  const afterFrame = (done: (t1: number, t2: number) => void) =>
    requestAnimationFrame(() => {
      const t1 = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(t1, performance.now());
      channel.port2.postMessage(0);
    });

  const state: BenchState = {
    armed: false,
    samples: [],
    longTasks: [],
    open: null,
    mutations: {},
    listenerMs: {},
    watchOpen(lastText: string) {
      const open: OpenSample = { click: NaN, dom: NaN, paint: NaN };
      state.open = open;
      addEventListener('click', (event) => (open.click = event.timeStamp), { capture: true, once: true });
      const arrived = () => {
        for (const editor of document.querySelectorAll('[contenteditable="true"]')) {
          let block = editor.lastElementChild;
          for (let i = 0; block && i < 3; i++, block = block.previousElementSibling) if (block.textContent?.includes(lastText)) return true;
        }
        return false;
      };
      const observer = new MutationObserver(() => {
        if (!arrived()) return;
        observer.disconnect();
        open.dom = performance.now();
        afterFrame((_, t2) => (open.paint = t2));
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    },
  };
  (window as unknown as { __typingBench: BenchState }).__typingBench = state;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the rows say 0.
  }

  new MutationObserver((records) => {
    if (!state.armed) return;
    for (const r of records) {
      const element = r.target instanceof Element ? r.target : r.target.parentElement;
      const where = element?.closest('[contenteditable="true"]') ? 'body' : 'outside';
      const what = r.type === 'childList' ? `childList ${element?.nodeName}` : r.type === 'attributes' ? `attribute ${r.attributeName} on ${element?.nodeName}.${element?.className}` : `text in ${element?.nodeName}.${element?.className}`;
      const key = `${where} ${what}`;
      state.mutations[key] = (state.mutations[key] ?? 0) + 1;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  if (timeListeners) {
    // Every listener added to a node that becomes a React root (React adds them as the root is made), timed by where it sits.
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const where = this === document ? 'document' : this instanceof Element ? (this.id ? `#${this.id}` : `.${this.className}`) : null;
      if (!where || typeof listener !== 'function' || (where !== 'document' && where !== '#root' && where !== '.body-island' && where !== '.copy-furniture')) return add.call(this, type, listener, options);
      const timed = function (this: unknown, event: Event) {
        if (!state.armed) return listener.call(this, event);
        const t = performance.now();
        try {
          return listener.call(this, event);
        } finally {
          const key = `${where} ${event.type}`;
          state.listenerMs[key] = (state.listenerMs[key] ?? 0) + performance.now() - t;
        }
      };
      return add.call(this, type, timed, options);
    };
  }

  let current: KeySample | null = null;
  addEventListener('input', () => {
    const sample = current;
    if (!state.armed || !sample || Number.isFinite(sample.input)) return;
    queueMicrotask(() => (sample.input = performance.now()));
  });

  addEventListener(
    'keydown',
    (event) => {
      if (!state.armed) return;
      const sample: KeySample = { key: event.key, ts: event.timeStamp, t0: performance.now(), input: NaN, msg: NaN, t1: NaN, t2: NaN };
      state.samples.push(sample);
      current = sample;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (sample.msg = performance.now());
      channel.port2.postMessage(0);
      afterFrame((t1, t2) => {
        sample.t1 = t1;
        sample.t2 = t2;
      });
    },
    { capture: true },
  );
}

export interface KeyFigures {
  latency: number[];
  work: number[];
  /** Keystrokes whose frame came more than one frame after the key (latency > 2 × 16.7 ms). */
  late: number;
}

export function figures(samples: KeySample[]): KeyFigures {
  const done = samples.filter((s) => Number.isFinite(s.t2) && Number.isFinite(s.msg));
  const latency = done.map((s) => s.t2 - s.ts);
  const inputEnd = (s: KeySample) => (Number.isFinite(s.input) && s.input <= s.t1 ? s.input : Math.min(s.msg, s.t1));
  const work = done.map((s) => inputEnd(s) - s.t0 + (s.t2 - s.t1));
  return { latency, work, late: latency.filter((l) => l > 2 * (1000 / 60)).length };
}
