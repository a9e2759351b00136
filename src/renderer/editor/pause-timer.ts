// A wait for a pause in typing that costs a keystroke nothing but a clock
// read. The usual debounce clears and sets a timer on every key; under a
// steady typist that is two timer calls per key on the typing path. Here a
// key only notes the time, and the one pending timer, when it runs out,
// sets itself again for whatever remains of the pause since the last key.

/** A pause timer: `touch()` on each change, `fire` once `ms` have passed without one. */
export interface PauseTimer {
  /** A change now: the pause starts again. */
  touch(): void;
  /** Forgets the pending pause, if any. */
  cancel(): void;
  /** Whether a pause is being waited for. */
  readonly pending: boolean;
}

/** Calls `fire` once `ms` have passed since the last `touch()`. Date.now, so fake timers in tests move it too. */
export function pauseTimer(ms: number, fire: () => void): PauseTimer {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    const left = last + ms - Date.now();
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    timer = null;
    fire();
  };
  return {
    touch() {
      last = Date.now();
      if (timer === null) timer = setTimeout(check, ms);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}
