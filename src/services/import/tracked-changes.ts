// A reporter's Word file with tracked changes. Mammoth reads an insertion as
// plain text and skips a deletion, so the sub would never know either was
// there, and the deleted words would be gone. Before mammoth reads the file,
// this pass rewrites word/document.xml: each run-level change (w:ins, w:del,
// w:moveTo, w:moveFrom) is unwrapped so mammoth reads its words, deleted ones
// included, with marker characters around them that name the change (see
// src/shared/import/tracked.ts, which turns them into suggestions). A change
// of bold or italic (w:rPrChange) becomes the words as they were, suggested
// out, and the words as they are, suggested in. Runs only on a file that has
// tracked changes, after the zip limits have been checked.
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { TRACKED_CLOSE, TRACKED_MARKERS, TRACKED_MID, TRACKED_OPEN, type TrackedChange } from '../../shared/import/tracked';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const KINDS: Record<string, TrackedChange['kind']> = { ins: 'insertion', moveTo: 'insertion', del: 'deletion', moveFrom: 'deletion' };
const ANY_CHANGE = /<w:(?:ins|del|moveFrom|moveTo|rPrChange)\b/;

export interface TrackedWordFile {
  bytes: Uint8Array;
  changes: TrackedChange[];
}

/** The main document part, as the package's relationships name it. */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
  const target = /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels);
  return target?.[1] ?? target?.[2] ?? 'word/document.xml';
}

/** The file with its tracked changes made readable and listed; the same bytes and no changes when it has none. */
export async function markTrackedChanges(bytes: Uint8Array): Promise<TrackedWordFile> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  const part = await mainPart(zip);
  const xml = await zip.file(part)?.async('string');
  if (!xml || !ANY_CHANGE.test(xml)) return { bytes, changes: [] };
  const { window } = new JSDOM('');
  try {
    const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return { bytes, changes: [] }; // mammoth will say what is wrong
    const changes = rewrite(doc);
    zip.file(part, new window.XMLSerializer().serializeToString(doc));
    return { bytes: await zip.generateAsync({ type: 'uint8array' }), changes };
  } finally {
    window.close();
  }
}

const byName = (doc: Document | Element, name: string) => [...doc.getElementsByTagNameNS(W, name)];
const on = (value: string | null) => value === null || !/^(?:0|false|off|none)$/i.test(value);

/** Bold and italic as a run's properties say: the only formatting the copy keeps. */
function emphasis(rPr: Element | null): string {
  if (!rPr) return '';
  const set = (name: string) => {
    const el = [...rPr.children].find((c) => c.namespaceURI === W && c.localName === name);
    return el ? on(el.getAttributeNS(W, 'val')) : false;
  };
  return `${set('b') ? 'b' : ''}${set('i') ? 'i' : ''}`;
}

function rewrite(doc: Document): TrackedChange[] {
  // The file's own text may not hold the marker characters.
  for (const name of ['t', 'delText']) for (const t of byName(doc, name)) t.textContent = (t.textContent ?? '').replace(TRACKED_MARKERS, '');

  // A change of formatting: the run as it was, suggested out, then as it is, suggested in.
  for (const change of byName(doc, 'rPrChange')) {
    const rPr = change.parentElement;
    const run = rPr?.parentElement;
    change.remove();
    if (!rPr || !run || run.localName !== 'r') continue;
    const old = [...change.children].find((c) => c.localName === 'rPr') ?? doc.createElementNS(W, 'w:rPr');
    if (emphasis(old) === emphasis(rPr)) continue;
    const before = run.cloneNode(true) as Element;
    const beforeProps = [...before.children].find((c) => c.localName === 'rPr');
    beforeProps?.replaceWith(old.cloneNode(true));
    const wrap = (name: string, child: Element) => {
      const el = doc.createElementNS(W, `w:${name}`);
      for (const attr of ['author', 'date', 'id']) {
        const value = change.getAttributeNS(W, attr);
        if (value !== null) el.setAttributeNS(W, `w:${attr}`, value);
      }
      el.appendChild(child);
      return el;
    };
    const del = wrap('del', before);
    run.replaceWith(del);
    del.after(wrap('ins', run));
  }

  const changes: TrackedChange[] = [];
  const tracked = [...doc.getElementsByTagNameNS(W, '*')].filter((el) => el.localName in KINDS);
  for (const el of tracked) {
    // A change to a paragraph mark or a table row sits in its properties and holds no words.
    if (/Pr$/.test(el.parentElement?.localName ?? '') || el.children.length === 0) continue;
    const kind = KINDS[el.localName];
    if (kind === 'deletion') {
      for (const t of [...byName(el, 'delText')]) {
        const text = doc.createElementNS(W, 'w:t');
        text.setAttributeNS(XML_NS, 'xml:space', 'preserve');
        text.textContent = t.textContent;
        t.replaceWith(text);
      }
      for (const t of [...byName(el, 'delInstrText')]) t.remove();
    }
    // A change holding whole paragraphs cannot be marked inside one: its words are kept, unmarked.
    if (byName(el, 'p').length === 0) {
      const index = changes.push({
        kind,
        author: el.getAttributeNS(W, 'author') ?? '',
        date: el.getAttributeNS(W, 'date'),
        wordId: el.getAttributeNS(W, 'id') ?? '',
      }) - 1;
      el.before(markerRun(doc, `${TRACKED_OPEN}${index}${TRACKED_MID}`));
      el.after(markerRun(doc, TRACKED_CLOSE));
    }
    el.replaceWith(...el.childNodes);
  }
  return changes;
}

function markerRun(doc: Document, text: string): Element {
  const run = doc.createElementNS(W, 'w:r');
  const t = doc.createElementNS(W, 'w:t');
  t.textContent = text;
  run.appendChild(t);
  return run;
}
