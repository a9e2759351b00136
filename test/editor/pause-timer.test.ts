// The pause timer (src/renderer/editor/pause-timer.ts): it fires once, a
// whole pause after the last change, and a burst of changes costs no timer
// call per change (the point of it: it runs on every keystroke).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pauseTimer } from '../../src/renderer/editor/pause-timer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('pauseTimer', () => {
  it('fires once, a whole pause after the last of a burst of changes', async () => {
    const fired: number[] = [];
    const start = Date.now();
    const pause = pauseTimer(250, () => fired.push(Date.now() - start));
    for (let i = 0; i < 10; i++) {
      pause.touch();
      await vi.advanceTimersByTimeAsync(60);
    }
    // The last change was at 540 ms; nothing has fired in the burst.
    expect(fired).toEqual([]);
    expect(pause.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fired).toEqual([540 + 250]);
    expect(pause.pending).toBe(false);
  });

  it('sets a timer once per pause, not once per change', async () => {
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const clearTimer = vi.spyOn(globalThis, 'clearTimeout');
    const pause = pauseTimer(250, () => undefined);
    for (let i = 0; i < 100; i++) {
      pause.touch();
      await vi.advanceTimersByTimeAsync(10);
    }
    // One timer set at the first change, and again each time it ran out early: 1000 ms of changes / 250 ms.
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(5);
    expect(clearTimer).not.toHaveBeenCalled();
    setTimer.mockRestore();
    clearTimer.mockRestore();
  });

  it('forgets a pending pause when cancelled, and starts afresh on the next change', async () => {
    let fired = 0;
    const pause = pauseTimer(250, () => fired++);
    pause.touch();
    pause.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fired).toBe(0);
    pause.touch();
    await vi.advanceTimersByTimeAsync(250);
    expect(fired).toBe(1);
  });
});
