// What the two baseline pages share: the story (handed in by the bench as a
// JSON string, parsed at Open as Galley parses the server's answer, or read
// at Open from a loopback address as Galley reads it), the body's
// typography, and the Open button.
export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

declare global {
  interface Window {
    /** Set by the bench's init script before the page loads. */
    __BENCH_DOC?: string;
    /** Or this: where to read the story at Open, an answer shaped as Galley's server gives it. */
    __BENCH_DOC_URL?: string;
  }
}

// Galley's own hues, so quotes cost the same to style.
export { speakerHue } from '../../../src/shared/speakers/hue';

/** Calls `open` with the story when the Open button is clicked. */
export function onOpen(open: (host: HTMLElement, doc: JsonNode) => void): void {
  const button = document.getElementById('open')!;
  const host = document.getElementById('host')!;
  button.addEventListener('click', () => {
    const url = window.__BENCH_DOC_URL;
    if (!url) return open(host, JSON.parse(window.__BENCH_DOC ?? '{"type":"doc","content":[]}') as JsonNode);
    void fetch(url, { method: 'POST', body: '{}' })
      .then((answer) => answer.json() as Promise<{ value: { body: JsonNode } }>)
      .then((answer) => open(host, answer.value.body));
  });
}
