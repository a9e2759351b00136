// Generated malformed and hostile files for the import fuzz: empty files,
// binary junk, bad UTF-8 and UTF-16, huge lines, deep and broken HTML,
// Markdown bombs, truncated and bit-flipped zips, Word files with odd,
// missing, damaged or lying parts. Seeded, so a failure names a payload that
// can be made again.
import JSZip from 'jszip';
import { CONTENT_TYPES, declareSize, documentXml, RELS } from './word-files';

export interface HostileFile {
  /** What kind of payload, for the report. */
  kind: string;
  fileName: string;
  bytes: Uint8Array;
}

/** mulberry32: a small seeded generator, so every run makes the same files. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  return { next, int, pick, bytes };
}
type Random = ReturnType<typeof random>;

const encode = (text: string) => new TextEncoder().encode(text);
const EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] as const;
const TEXT_EXTENSIONS = ['txt', 'md', 'html'] as const;
const WORDS = ['council', 'budget', 'flood', '“quote”', 'she said', 'Mr Qazi', '&amp;', '<', '>', '**', '_', '#', '\u200b', '\u202e', 'é', '😀', '\t', '\r\n', '\n\n'];
const TAGS = ['p', 'div', 'span', 'b', 'i', 'em', 'h1', 'h2', 'ul', 'ol', 'li', 'blockquote', 'table', 'tr', 'td', 'nav', 'footer', 'script', 'style', 'svg', 'math', 'q', 'br', 'hr', 'pre', 'a', 'template', 'select'];

const words = (r: Random, n: number) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');

function tagSoup(r: Random, n: number): string {
  let html = '';
  for (let i = 0; i < n; i++) {
    const tag = r.pick(TAGS);
    const roll = r.int(6);
    if (roll === 0) html += `</${tag}>`;
    else if (roll === 1) html += `<${tag} class="${r.pick(['share', 'byline', 'standfirst', 'x'])}" onclick="alert(1)" data-quote-id="Q1">`;
    else if (roll === 2) html += `<${tag}>${words(r, 1 + r.int(8))}</${tag}>`;
    else if (roll === 3) html += r.pick(['<!--', '-->', '<![CDATA[', '&#0;', '&#xD800;', '&bogus;', '<', '>', '"', "'", '<!DOCTYPE x>']);
    else html += words(r, 1 + r.int(5));
  }
  return html;
}

function deepHtml(r: Random): string {
  const depth = r.pick([20, 100, 501, 5_000, 20_000]);
  const tag = r.pick(['div', 'b', 'blockquote', 'span', 'ul><li', 'ol><li', 'table><tr><td', 'i']);
  return `${`<${tag}>`.repeat(depth)}${words(r, 20)}`;
}

function markdownBomb(r: Random): string {
  // Mostly small; one in every few hundred files at a size that would stall a careless lexer.
  const n = r.int(200) === 0 ? 10_000 : r.int(20) === 0 ? 1_000 : r.pick([30, 100, 300]);
  switch (r.int(8)) {
    case 0: return `${'>'.repeat(n)} ${words(r, 5)}`;
    case 1: return `${'['.repeat(n)}x${']'.repeat(r.int(n))}`;
    case 2: return '*a _b '.repeat(n);
    case 3: return Array.from({ length: Math.min(n, 3_000) }, (_, i) => `${' '.repeat(i)}- ${words(r, 2)}`).join('\n');
    case 4: return `${'`'.repeat(n)}x`;
    case 5: return Array.from({ length: Math.min(n, 5_000) }, (_, i) => `[l${i}]: http://x/${i}\n[a][l${r.int(n)}]`).join('\n');
    case 6: return `# ${words(r, 3)}\n\n${'<div>\n'.repeat(Math.min(n, 5_000))}${words(r, 10)}`;
    default: return `${'1. '.repeat(Math.min(n, 10_000))}x\n${'|a'.repeat(Math.min(n, 5_000))}|\n|${'-|'.repeat(Math.min(n, 5_000))}`;
  }
}

function badUtf8(r: Random): Uint8Array {
  const good = encode(words(r, 40));
  const out = good.slice();
  for (let i = 0; i < 1 + r.int(4); i++) out[r.int(out.length)] = r.pick([0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff, 0xed, 0xe0]);
  return out;
}

function utf16(r: Random): Uint8Array {
  const text = words(r, 20);
  const body = new Uint8Array(2 + text.length * 2 + r.int(2));
  body[0] = 0xff;
  body[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    body[2 + i * 2] = text.charCodeAt(i) & 0xff;
    body[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  if (r.int(2)) body[2 + r.int(text.length) * 2 + 1] = 0xdc; // a lone low surrogate
  return body;
}

/** A Word file whose parts are chosen to be odd: missing, damaged, lying, many, or named like paths out. */
async function oddWordFile(r: Random): Promise<Uint8Array> {
  const zip = new JSZip();
  const roll = r.int(10);
  if (roll !== 0) zip.file('[Content_Types].xml', r.int(8) ? CONTENT_TYPES : tagSoup(r, 10));
  if (roll !== 1) zip.file('_rels/.rels', r.int(8) ? RELS : words(r, 5));
  const paragraphs = Array.from({ length: 1 + r.int(8) }, () => `<w:p><w:r><w:t xml:space="preserve">${words(r, 1 + r.int(20)).replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</w:t></w:r></w:p>`).join('');
  const doc = documentXml('').replace('<w:p><w:r><w:t></w:t></w:r></w:p>', paragraphs);
  if (roll === 2) { /* no document.xml at all */ }
  else if (roll === 3) zip.file('word/document.xml', r.bytes(200 + r.int(2_000)));
  else if (roll === 4) zip.file('word/document.xml', doc.slice(0, r.int(doc.length)));
  else if (roll === 5) zip.file('word/document.xml', doc.replace('<w:body>', `<w:body>${'<w:tbl><w:tr><w:tc>'.repeat(2_000)}`));
  else if (roll === 6) zip.file('word/document.xml', doc.replace('<w:t', `<w:t ${'a'.repeat(100_000)}="1"`));
  else if (roll === 7) zip.file('word/document.xml', doc.replace('<?xml', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><?xml').replace('</w:t>', '&d;&d;&d;</w:t>'));
  else zip.file('word/document.xml', doc);
  if (r.int(4) === 0) zip.file(`../../${r.pick(['etc/passwd', 'evil.xml', 'word/../x'])}`, words(r, 3));
  if (r.int(6) === 0) for (let i = 0; i < 100 + r.int(400); i++) zip.file(`word/media/p${i}.bin`, '');
  if (r.int(6) === 0) zip.file('word/_rels/document.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: r.int(2) ? 'DEFLATE' : 'STORE' });
  if (roll === 8 && zip.file('word/document.xml')) return declareSize(bytes, 'word/document.xml', r.pick([0, 1, 0xffffffff]));
  return bytes;
}

async function damagedZip(r: Random): Promise<Uint8Array> {
  const good = await oddWordFile(r);
  const out = good.slice(0, r.int(3) === 0 ? r.int(good.length) : good.length);
  for (let i = 0; i < r.int(12); i++) out[r.int(out.length)] ^= 1 << r.int(8);
  return out;
}

/** One generated file; `i` decides its kind, the generator its contents. */
export async function hostileFile(r: Random, i: number): Promise<HostileFile> {
  const ext = (choices: readonly string[]) => r.pick(choices);
  const name = (kind: string, e: string) => `${kind}-${i}.${e}`;
  switch (i % 12) {
    case 0: {
      const e = ext(EXTENSIONS);
      return { kind: 'empty or blank', fileName: name('empty', e), bytes: encode(r.pick(['', ' ', '\n\n\t', '\ufeff', '\u00a0'])) };
    }
    case 1: {
      const e = ext(EXTENSIONS);
      return { kind: 'binary junk', fileName: name('junk', e), bytes: r.bytes(1 + r.int(4_096)) };
    }
    case 2: return { kind: 'bad UTF-8', fileName: name('bad-utf8', ext(TEXT_EXTENSIONS)), bytes: badUtf8(r) };
    case 3: return { kind: 'UTF-16', fileName: name('utf16', ext(TEXT_EXTENSIONS)), bytes: utf16(r) };
    case 4: {
      // Mostly long, now and then past anything a sub would paste (a whole book on one line).
      const line = r.pick(['a', 'word ', '“', '<b>', '# ', '> ']).repeat(i % 480 === 4 ? 400_000 : r.pick([1_000, 4_000, 16_000]));
      return { kind: 'huge line', fileName: name('long', ext(TEXT_EXTENSIONS)), bytes: encode(line) };
    }
    case 5: return { kind: 'deep HTML', fileName: name('deep', ext(['html', 'htm', 'md'])), bytes: encode(deepHtml(r)) };
    case 6: return { kind: 'tag soup', fileName: name('soup', ext(['html', 'htm', 'md', 'txt'])), bytes: encode(tagSoup(r, 10 + r.int(i % 60 === 6 ? 2_000 : 80))) };
    case 7: return { kind: 'Markdown bomb', fileName: name('bomb', ext(['md', 'markdown'])), bytes: encode(markdownBomb(r)) };
    case 8: return { kind: 'odd Word file', fileName: name('odd', 'docx'), bytes: await oddWordFile(r) };
    case 9: return { kind: 'damaged zip', fileName: name('damaged', 'docx'), bytes: await damagedZip(r) };
    case 10: {
      // A file whose extension lies about its contents.
      const zip = r.int(2) === 0;
      return { kind: 'wrong extension', fileName: name('lying', ext(zip ? TEXT_EXTENSIONS : ['docx'])), bytes: zip ? await oddWordFile(r) : encode(tagSoup(r, 50)) };
    }
    default: {
      // Plausible copy with hostile pieces in it: most of these should import.
      const text = `${words(r, 8)}\n\n${Array.from({ length: 1 + r.int(8) }, () => words(r, 5 + r.int(40))).join('\n\n')}`;
      const e = ext(['txt', 'md', 'html', 'unknownext', '']);
      return { kind: 'plausible copy', fileName: e ? name('copy', e) : `copy-${i}`, bytes: encode(e === 'html' ? `<h1>${words(r, 5)}</h1>${tagSoup(r, 20)}` : text) };
    }
  }
}
