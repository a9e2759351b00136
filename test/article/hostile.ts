// A seeded generator of hostile and malformed article bodies, as TipTap JSON
// from another editor, an old journal or a bug might hold them: unknown
// nodes and marks, wrong attributes, quote ids the model refuses or another
// quote already uses, speakers nobody knows, text where blocks belong,
// blocks where text belongs, garbage values, and nesting far past what a
// story may hold (some thousands deep). Every word of text is recorded in
// reading order, so a test can check none is lost.

/** A small, fast, seeded generator (Tommy Ettinger's mulberry32): the same seed gives the same bodies. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ctx {
  random: () => number;
  words: string[];
  /** Set when any choice made the body invalid (or not as the repair writes it). */
  bad: boolean;
  n: number;
}

const pick = <T>(ctx: Ctx, items: readonly T[]): T => items[Math.floor(ctx.random() * items.length)];
const chance = (ctx: Ctx, p: number) => ctx.random() < p;

function word(ctx: Ctx): string {
  let w: string;
  const r = ctx.random();
  if (r < 0.003) w = `long${ctx.n++}`.padEnd(150_000, 'x');
  else if (r < 0.05) w = pick(ctx, ['“quoted,” ', 'naïve café ', '\u0007bell ', '👩🏽‍⚖️ ', '\u202eRTL ', 'a\u0000nul ', '<script>x</script> ', '&amp; ']) + `${ctx.n++} `;
  else w = `w${ctx.n++} `;
  if (w.length > 100_000) ctx.bad = true; // valid, but the repair writes it in pieces
  ctx.words.push(w);
  return w;
}

const GOOD_QUOTE_IDS = ['q-abc', 'q-run-on-1', 'q-2f0c9a1e-77b1', 'quote-7'];
const BAD_QUOTE_IDS = ['Q1', '', 'q', 'has space', 'Q-UPPER', `q-${'a'.repeat(70)}`, '../etc', 'q-taken-1', 'q-taken-2'];
const GOOD_SPEAKERS = [null, 'sp-known', 'sp-ann-qazi'];
const BAD_SPEAKERS = ['', 'sp-unknown', 'BAD ID', 'x', '<img src=x>'];

function quoteMark(ctx: Ctx): unknown {
  const badId = chance(ctx, 0.35);
  const badSpeaker = chance(ctx, 0.25);
  if (badId || badSpeaker) ctx.bad = true;
  const attrs: Record<string, unknown> = {
    quoteId: badId ? pick(ctx, [...BAD_QUOTE_IDS, null, 42, undefined, { id: 'q-abc' }]) : pick(ctx, GOOD_QUOTE_IDS),
    speakerId: badSpeaker ? pick(ctx, [...BAD_SPEAKERS, 7, { id: 'sp-known' }]) : pick(ctx, GOOD_SPEAKERS),
  };
  if (chance(ctx, 0.05)) {
    ctx.bad = true;
    attrs.colour = 'red';
  }
  if (chance(ctx, 0.03)) {
    ctx.bad = true;
    return { type: 'quote' };
  }
  return { type: 'quote', attrs };
}

function marks(ctx: Ctx): unknown {
  const r = ctx.random();
  if (r < 0.5) return undefined;
  if (r < 0.53) {
    ctx.bad = true;
    return pick(ctx, ['bold', { type: 'bold' }, 3, null]);
  }
  const out: unknown[] = [];
  const count = 1 + Math.floor(ctx.random() * 3);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const kind = pick(ctx, ['bold', 'italic', 'quote', 'quote', 'strong', 'em', 'link', 'code', 'underline', 'strike', 'highlight']);
    if (!['bold', 'italic', 'quote'].includes(kind) || used.has(kind)) ctx.bad = true;
    used.add(kind);
    if (kind === 'quote') out.push(quoteMark(ctx));
    else if (kind === 'link') out.push({ type: 'link', attrs: { href: 'javascript:alert(1)', target: '_blank' } });
    else if (kind === 'bold' && chance(ctx, 0.05)) {
      ctx.bad = true;
      out.push({ type: 'bold', attrs: { weight: 900 } });
    } else out.push({ type: kind });
  }
  return out;
}

function inline(ctx: Ctx, depth: number): unknown {
  const r = ctx.random();
  if (r < 0.62) {
    const node: Record<string, unknown> = { type: 'text', text: word(ctx) };
    const m = marks(ctx);
    if (m !== undefined) node.marks = m;
    return node;
  }
  if (r < 0.74) {
    if (chance(ctx, 0.2)) {
      ctx.bad = true;
      return { type: 'hardBreak', marks: [{ type: 'bold' }], attrs: { soft: true } };
    }
    return { type: 'hardBreak' };
  }
  ctx.bad = true;
  if (r < 0.78) return { type: 'text', text: '' };
  if (r < 0.8) return { type: 'text' };
  if (r < 0.83) return word(ctx);
  if (r < 0.87) return { type: 'mention', attrs: { id: 'x', label: 'not text' }, text: word(ctx) };
  if (r < 0.9) return { type: 'emoji', content: [{ type: 'text', text: word(ctx) }] };
  if (r < 0.93 && depth < 30) return { type: 'paragraph', content: [inline(ctx, depth + 1), inline(ctx, depth + 1)] };
  if (r < 0.95) return { type: 'image', attrs: { src: 'http://example.com/x.png', alt: 'dropped' } };
  return pick(ctx, [null, 0, true, [], {}, { type: 5 }, { type: 'text', text: 12 }]);
}

function inlines(ctx: Ctx, depth: number): unknown[] {
  const out: unknown[] = [];
  const count = Math.floor(ctx.random() * 6);
  for (let i = 0; i < count; i++) out.push(inline(ctx, depth));
  return out;
}

function textblock(ctx: Ctx, depth: number): unknown {
  const heading = chance(ctx, 0.15);
  const content = inlines(ctx, depth + 1);
  const node: Record<string, unknown> = { type: heading ? 'heading' : 'paragraph' };
  if (content.length) node.content = content;
  else if (chance(ctx, 0.1)) {
    ctx.bad = true;
    node.content = pick(ctx, ['text', 5, null, {}]);
  }
  if (heading) {
    const level = pick(ctx, [2, 3, 2, 3, 1, 4, 6, '2', null, undefined]);
    if (level !== 2 && level !== 3) ctx.bad = true;
    node.attrs = level === undefined ? undefined : { level };
    if (level === undefined) delete node.attrs;
  } else if (chance(ctx, 0.05)) {
    ctx.bad = true;
    node.attrs = { textAlign: 'center', class: 'x' };
  }
  return node;
}

function block(ctx: Ctx, depth: number): unknown {
  const r = ctx.random();
  if (r < 0.5 || depth > 40) return textblock(ctx, depth);
  if (r < 0.6) {
    const content = blocks(ctx, depth + 1, 0);
    if (!content.length) ctx.bad = true;
    return { type: 'blockquote', content };
  }
  if (r < 0.72) {
    const ordered = chance(ctx, 0.5);
    const items: unknown[] = [];
    const count = Math.floor(ctx.random() * 4);
    if (!count) ctx.bad = true;
    for (let i = 0; i < count; i++) {
      if (chance(ctx, 0.1)) {
        ctx.bad = true;
        items.push(block(ctx, depth + 1)); // not a list item
        continue;
      }
      const content = [textblock(ctx, depth + 2), ...blocks(ctx, depth + 2, 0)];
      if ((content[0] as { type: string }).type !== 'paragraph') ctx.bad = true;
      items.push({ type: 'listItem', content });
    }
    const list: Record<string, unknown> = { type: ordered ? 'orderedList' : 'bulletList', content: items };
    if (ordered && chance(ctx, 0.7)) {
      const start = pick(ctx, [1, 1, 5, 0, -3, 1.5, 10_000_000, '2']);
      const type = pick(ctx, [null, null, 'a', 'I', 'disc-long-type', 4]);
      if (typeof start !== 'number' || !Number.isInteger(start) || start < 0 || start > 100_000 || (type !== null && (typeof type !== 'string' || type.length > 8))) ctx.bad = true;
      list.attrs = { start, type };
    }
    return list;
  }
  if (r < 0.76) return { type: 'horizontalRule' };
  ctx.bad = true;
  if (r < 0.8) return { type: 'horizontalRule', attrs: { style: 'dashed' } };
  if (r < 0.83) return inline(ctx, depth); // text where a block belongs
  if (r < 0.86) return { type: 'codeBlock', attrs: { language: 'js' }, content: [{ type: 'text', text: word(ctx) }] };
  if (r < 0.89)
    return { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: word(ctx) }] }] }] }] };
  if (r < 0.91) return { type: 'listItem', content: [textblock(ctx, depth + 1)] };
  if (r < 0.93) return { type: 'doc', content: blocks(ctx, depth, 0) };
  if (r < 0.95) return { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [textblock(ctx, depth + 2)] }] };
  if (r < 0.97) return { type: 'figure', text: word(ctx) };
  const r2 = ctx.random();
  if (r2 < 0.3) return word(ctx); // loose words where a block belongs
  if (r2 < 0.6) return { type: 'paragraph', content: [{ type: 'paragraph', content: [{ type: 'text', text: word(ctx) }] }] };
  return pick(ctx, [null, 42, [], {}]);
}

function blocks(ctx: Ctx, depth: number, min: number): unknown[] {
  const out: unknown[] = [];
  const count = min + Math.floor(ctx.random() * (depth > 8 ? 2 : 4));
  for (let i = 0; i < count; i++) out.push(block(ctx, depth));
  return out;
}

/** A chain of wrappers `length` deep around some text, built by a loop (it may be thousands deep). */
function chain(ctx: Ctx, length: number): unknown {
  const kinds = ['blockquote', 'bulletList', 'orderedList', 'unknownWrapper', 'listItem'];
  const kindsUsed: string[] = [];
  for (let i = 0; i < length; i++) kindsUsed.push(pick(ctx, kinds));
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: word(ctx) }] };
  for (let i = length - 1; i >= 0; i--) {
    const kind = kindsUsed[i];
    if (kind === 'bulletList' || kind === 'orderedList') node = { type: kind, content: [{ type: 'listItem', content: [node] }] };
    else node = { type: kind, content: [node] };
  }
  ctx.bad = true;
  return node;
}

/** Nesting as the model counts it: iteratively, for bodies thousands deep. */
function depthOf(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    const content = (node as { content?: unknown })?.content;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return max;
}

/** One generated body: the input, its words in reading order, and whether it was valid as given. */
export function hostileDoc(random: () => number): { input: unknown; words: string[]; valid: boolean } {
  const ctx: Ctx = { random, words: [], bad: false, n: 0 };
  const r = random();
  let input: unknown;
  if (r < 0.02) {
    ctx.bad = true;
    input = pick(ctx, [null, undefined, 'just a string', 42, [], {}, { type: 'doc' }, { type: 'doc', content: 'x' }, { type: 'paragraph' }]);
    if (typeof input === 'string') ctx.words.push(input);
  } else if (r < 0.04) {
    ctx.bad = true;
    input = blocks(ctx, 1, 1); // an array of blocks, not a doc
  } else {
    const content = blocks(ctx, 1, r < 0.5 ? 1 : 0);
    if (!content.length) ctx.bad = true;
    const at = Math.floor(random() * (content.length + 1));
    if (random() < 0.04) content.splice(at, 0, chain(ctx, 25 + Math.floor(random() * 60)));
    else if (random() < 0.006) content.splice(at, 0, chain(ctx, 2_000 + Math.floor(random() * 2_000)));
    // The words of a chain spliced in belong where it now stands: record order is rebuilt below.
    input = { type: 'doc', content };
    if (random() < 0.02) {
      ctx.bad = true;
      (input as Record<string, unknown>).attrs = { lang: 'en' };
    }
  }
  if (depthOf(input) > 24) ctx.bad = true;
  return { input, words: wordsInOrder(input, ctx.words), valid: !ctx.bad };
}

/**
 * The recorded words, in the order they stand in the body. The generator
 * records words as it makes them; a chain spliced in after its neighbours
 * were made stands among them, so the order is read back from the body and
 * checked to hold exactly the recorded words.
 */
function wordsInOrder(input: unknown, recorded: string[]): string[] {
  const wanted = new Set(recorded);
  const out: string[] = [];
  const stack: unknown[] = [input];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (wanted.has(node)) out.push(node);
      continue;
    }
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string' && wanted.has(text) && !Array.isArray(content)) out.push(text);
    if (Array.isArray(content)) for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
  }
  if (out.length !== recorded.length) throw new Error(`generator: ${recorded.length} words made, ${out.length} found in the body`);
  return out;
}
