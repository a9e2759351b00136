// Compares two states of a story off the main thread: a long story with
// scattered edits takes longer than a frame, and the sub may be typing.
import { compareStories, type Comparable } from '../../shared/history/compare';
import { messageOf } from '../../shared/message-of';

self.onmessage = (event: MessageEvent<{ id: number; a: Comparable; b: Comparable }>) => {
  const { id, a, b } = event.data;
  try {
    self.postMessage({ id, ok: true, value: compareStories(a, b) });
  } catch (error) {
    self.postMessage({ id, ok: false, message: messageOf(error) });
  }
};
