// Reads the addresses browser mode prints (`http://127.0.0.1:PORT/#ticket=…`)
// from its output, in order. Each opens Galley once: the server prints the
// next one as soon as a tab has used the last.
import type { Readable } from 'node:stream';

const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/#ticket=[\w-]+/g;

/** The printed addresses of one server process, handed out one per tab. */
export class PrintedAddresses {
  readonly #seen: string[] = [];
  readonly #waiting: Array<(url: string) => void> = [];
  #handedOut = 0;
  #text = '';

  constructor(stdout: Readable) {
    stdout.on('data', (chunk) => {
      this.#text += String(chunk);
      const lines = this.#text.split('\n');
      this.#text = lines.pop()!;
      for (const line of lines) for (const match of line.matchAll(ADDRESS)) this.#arrived(match[0]);
    });
  }

  #arrived(url: string) {
    this.#seen.push(url);
    while (this.#waiting.length && this.#handedOut < this.#seen.length) this.#waiting.shift()!(this.#seen[this.#handedOut++]);
  }

  /** The next address no tab has been given yet (waits for the server to print it). */
  next(): Promise<string> {
    if (this.#handedOut < this.#seen.length) return Promise.resolve(this.#seen[this.#handedOut++]);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
}

/** The address's origin (`http://127.0.0.1:PORT`), for calls and for loading the page again without a ticket. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
