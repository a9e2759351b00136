// Which characters, and which pairs of neighbouring characters, a text
// holds: read in one pass, so that many literal looks over the same long text
// (literals.ts) can each be answered "cannot be there" from a table, without
// a pass of their own. A string can be in the text only if each of its
// characters and each pair of its neighbours is. Pairs are filed by the low
// byte of each character, so two pairs may share a slot: the table can say
// "may be there" wrongly, never "cannot be there".

const SLOTS = 1 << 16;

/** The folding ignore-case with the `u` flag does onto ASCII: A–Z onto a–z, and the Kelvin sign and long s onto k and s. */
export function foldUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x212a) return 107;
  if (c === 0x17f) return 115;
  return c;
}

/** foldUnit of every UTF-16 unit. */
const FOLDED = new Uint16Array(SLOTS);
for (let c = 0; c < SLOTS; c++) FOLDED[c] = foldUnit(c);

/** Where three UTF-16 units as written are filed: one multiplicative hash of the three, its top 16 bits (it runs for every character of a story; a shared slot only says "may be there"). */
const tripleSlot = (a: number, b: number, c: number): number => Math.imul((a << 16) ^ (b << 8) ^ c, 0x9e3779b1) >>> 16;

export class CharacterPairs {
  /** Per UTF-16 unit (folded): whether the text holds it. */
  private readonly units = new Uint8Array(SLOTS);
  /** Per pair of neighbours (folded), by the low byte of each: whether the text may hold it. */
  private readonly pairs = new Uint8Array(SLOTS);
  /**
   * Per run of three characters as written (not folded), by a hash of the three: whether the text may
   * hold it. Pairs cannot rule out "the Government" in a story that opens a sentence with "Government";
   * "e G" can, and a case-sensitive look answered here costs no pass over the story.
   */
  private readonly triples = new Uint8Array(SLOTS);

  /** Reads `text`, forgetting the text read before. */
  read(text: string): void {
    const units = this.units;
    const pairs = this.pairs;
    const triples = this.triples;
    units.fill(0);
    pairs.fill(0);
    triples.fill(0);
    const fold = FOLDED;
    let previous = 0;
    let a = 0;
    let b = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      // foldUnit from a table: this runs for every character of a story, and a load costs less than the tests.
      const raw = text.charCodeAt(i);
      const c = fold[raw];
      units[c] = 1;
      pairs[previous | (c & 0xff)] = 1;
      previous = (c & 0xff) << 8;
      if (i >= 2) triples[tripleSlot(a, b, raw)] = 1;
      a = b;
      b = raw;
    }
  }

  /** False when the text read cannot hold `form` exactly as written; true when it may (always for a form under three characters). */
  mayHoldExactly(form: string): boolean {
    if (!this.mayHold(form)) return false;
    for (let i = 2; i < form.length; i++) if (this.triples[tripleSlot(form.charCodeAt(i - 2), form.charCodeAt(i - 1), form.charCodeAt(i))] === 0) return false;
    return true;
  }

  /** False when the text read cannot hold `form` in any case (A–Z folded as foldUnit folds them); true when it may. */
  mayHold(form: string): boolean {
    let previous = -1;
    for (let i = 0; i < form.length; i++) {
      const c = foldUnit(form.charCodeAt(i));
      if (this.units[c] === 0) return false;
      if (previous >= 0 && this.pairs[(previous << 8) | (c & 0xff)] === 0) return false;
      previous = c & 0xff;
    }
    return true;
  }
}
