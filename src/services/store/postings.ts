// Postings: for each word, the ascending numbers of the documents holding it.
// Kept packed (each number as its gap from the last, seven bits a byte), a
// library of 10,000 stories holds its postings in a few megabytes instead of
// the stories' text; a search unpacks only the lists of the words it asks for.

/** Bytes that grow as postings are packed into them. */
export class ByteWriter {
  #bytes = new Uint8Array(1 << 16);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  /** Packs an ascending list: each number as its gap from the one before. */
  writeList(numbers: readonly number[]): void {
    let last = 0;
    for (const n of numbers) {
      this.writeVarint(n - last);
      last = n;
    }
  }

  writeVarint(value: number): void {
    if (this.#length + 5 > this.#bytes.length) {
      const bigger = new Uint8Array(this.#bytes.length * 2);
      bigger.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = bigger;
    }
    let v = value;
    while (v >= 0x80) {
      this.#bytes[this.#length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.#bytes[this.#length++] = v;
  }

  /** The bytes written, in an array of their own length. */
  finish(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}

/** Unpacks the list packed in `bytes` from `start` to `end`; `undefined` if the bytes do not hold one (a damaged file). */
export function readList(bytes: Uint8Array, start: number, end: number): number[] | undefined {
  const out: number[] = [];
  let last = 0;
  let i = start;
  while (i < end) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      if (i >= end || shift > 28) return undefined;
      byte = bytes[i++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    last += value;
    out.push(last);
  }
  return out;
}

/** Numbers in both ascending lists, in one pass. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

/** Numbers in either ascending list, ascending, each once. */
export function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i]);
      i++;
      j++;
    }
  }
  return out;
}
