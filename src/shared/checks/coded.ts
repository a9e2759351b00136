// House-style rules a pattern cannot express well, written as code and named
// in the rules file (`kind: coded`, `check: …`). Each takes a block's text
// and answers the ranges it flags with their suggestions. Each looks first
// for what it cannot fire without (a figure), so most paragraphs cost it one
// quick test.
import { charTest } from './chars';
import { ageOrLabelBefore, sportFiguresAfter } from './numbers-ages-labels';
import { RUN_FIGURE, RUN_MARKS, RUN_WIDE, sameFolded, scanBlock, type BlockScan } from './scan';

/** One place a coded rule fires. */
export interface CodedHit {
  start: number;
  end: number;
  suggestions: string[];
}

export type CodedCheck = (text: string) => CodedHit[];

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBREVIATIONS: Record<string, string> = { jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September', sept: 'September', oct: 'October', nov: 'November', dec: 'December' };
const MONTH_NAME = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;

// What may stand after a figure that keeps it a figure: per cent, a unit, a
// time, an age, a score, a decimal or a range.
const KEEPS_FIGURE_AFTER =
  /^(?:\s?%|\s?per\s?cent|\s?percent|[.,:]\d|\s?[-–—\/x×]\s?\d|\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|st|nd|rd|th)\b|\s?(?:km|kg|g|mg|m|cm|mm|ft|in|lb|lbs|oz|mph|kph|km\/h|mm|ml|l|bn|m|tn|mw|gw|kw|mb|gb|tb|k)\b|[-–\s]?(?:year|yr|month|week|day)s?[-–\s]old|\s?(?:years?|months?)\s(?:old|of age)|\s(?:pts|seats|votes|degrees|°)|°|\s(?:o'clock|o’clock)|\s(?:of|out of)\s\d)/iu;
// What may stand before it: money, a score or range, a figure, an age or a label.
const KEEPS_FIGURE_BEFORE = /(?:[£$€¥]\s?|\d\s?[-–—\/:.,]\s?|\b(?:aged|age|ages|No|no\.|number|page|p|chapter|section|article|clause|grade|level|tier|stage|category|step|room|platform|gate|junction|route|flight|Covid|Apollo|v|vs|versus|Windows|iPhone|Mark|World War|WW|Part|Year|Key Stage|Formula|Channel|BBC|Radio|Series|Season|Game|Episode|Act|Psalm|Term|band|Class)\s)$/u;
const MONTH_BEFORE = new RegExp(`\\b${MONTH_NAME}\\s$`, 'u');
const MONTH_AFTER = new RegExp(`^\\s${MONTH_NAME}\\b`, 'u');
const ANY_DIGIT = /\d/u;
const SENTENCE_BEFORE = /(?:^|[.!?]["'”’)]*\s+)["'“‘(]*$/u;

/** One to nine in words, except in ages, money, percentages, times, scores, measures, dates and labels. */
export const smallNumbers: CodedCheck = (text) => {
  const out: CodedHit[] = [];
  if (!ANY_DIGIT.test(text)) return out;
  const figure = /(?<![\p{L}\p{N}.,:\/£$€-])([1-9])(?![\p{L}\p{N}])/gu;
  for (let m = figure.exec(text); m; m = figure.exec(text)) {
    const start = m.index;
    const end = start + 1;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    if (KEEPS_FIGURE_AFTER.test(after) || KEEPS_FIGURE_BEFORE.test(before) || ageOrLabelBefore(text, start) || sportFiguresAfter(text, end)) continue;
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue;
    // A figure beside another figure keeps company with it: "between 8 and 12", "5 or 15".
    if (/^\s(?:and|or|to)\s\d{2,}/u.test(after) || /\d{2,}\s(?:and|or|to)\s$/u.test(before)) continue;
    // A figure opening a sentence is sentence-start-number's to flag.
    if (SENTENCE_BEFORE.test(before)) continue;
    out.push({ start, end, suggestions: [WORDS[Number(m[1])]] });
  }
  return out;
};

/** A sentence never starts with a figure: write the number in words, or recast. */
export const sentenceStartNumber: CodedCheck = (text) => {
  const out: CodedHit[] = [];
  if (!ANY_DIGIT.test(text)) return out;
  const figure = /(?:^|(?<=[.!?]["'”’)]*\s+))["'“‘(]*(\d[\d,]*)(?![\d.,:]?\d)(?!\s?(?:am|pm)\b)/gu;
  for (let m = figure.exec(text); m; m = figure.exec(text)) {
    const digits = m[1];
    const start = m.index + m[0].length - digits.length;
    const n = Number(digits.replace(/,/gu, ''));
    const words = inWords(n);
    out.push({ start, end: start + digits.length, suggestions: words ? [capitalise(words)] : [] });
  }
  return out;
};

/** Dates as “7 December”: no month first, no ordinal ending, month in full. */
export const dates: CodedCheck = (text) => {
  const out: CodedHit[] = [];
  if (!ANY_DIGIT.test(text)) return out;
  const monthFirst = new RegExp(`\\b(${MONTH_NAME})\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s?(?:am|pm|%))`, 'gu');
  const ordinal = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of)?\\s(${MONTH_NAME})(?![\\p{L}])`, 'gu');
  const shortMonth = new RegExp(`\\b(\\d{1,2})\\s((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![\\p{L}])`, 'gu');
  const add = (start: number, length: number, day: string, month: string) => {
    const dayNumber = Number(day);
    if (dayNumber < 1 || dayNumber > 31) return;
    out.push({ start, end: start + length, suggestions: [`${dayNumber} ${fullMonth(month)}`] });
  };
  for (let m = monthFirst.exec(text); m; m = monthFirst.exec(text)) add(m.index, m[0].length, m[2], m[1]);
  for (let m = ordinal.exec(text); m; m = ordinal.exec(text)) add(m.index, m[0].length, m[1], m[2]);
  for (let m = shortMonth.exec(text); m; m = shortMonth.exec(text)) add(m.index, m[0].length, m[1], m[2]);
  return out.sort((a, b) => a.start - b.start).filter((hit, i, all) => i === 0 || hit.start >= all[i - 1].end);
};

const spaceAt = charTest(/\s/u);
/** Doubled on purpose in good English. */
const MAY_REPEAT = new Set(['had', 'that']);
const UNDERSCORE = 0x5f;

/** A word written twice with only space between ("the the"), in any case. */
export const repeatedWord: CodedCheck = (text) => repeatedWordIn(text, scanBlock(text));

/**
 * repeatedWord over a block's runs of letters and figures, already walked:
 * each whole word of letters is compared with the one before, instead of a
 * back-reference tried at every word. A run holding a figure, or touching an
 * underscore, is no whole word ("A1", "the_the").
 */
export function repeatedWordIn(text: string, scan: BlockScan): CodedHit[] {
  const out: CodedHit[] = [];
  const { runs, facts } = scan;
  let previous = -1;
  let takenTo = 0;
  for (let r = 0; r < scan.count; r++) {
    // Marks are no letters: they neither make a word nor end one.
    if (facts[r] & RUN_MARKS) continue;
    const start = runs[2 * r];
    const end = runs[2 * r + 1];
    const whole = (facts[r] & RUN_FIGURE) === 0 && (start === 0 || text.charCodeAt(start - 1) !== UNDERSCORE) && (end === text.length || text.charCodeAt(end) !== UNDERSCORE);
    if (!whole) {
      previous = -1;
      continue;
    }
    if (previous >= 0) {
      const pStart = runs[2 * previous];
      const pEnd = runs[2 * previous + 1];
      // The hashes first: most neighbours differ, and comparing two numbers spares a look at the gap.
      if (pStart >= takenTo && sameWord(text, scan, previous, r) && onlySpace(text, pEnd, start)) {
        const lower = text.slice(start, end).toLowerCase();
        if (!MAY_REPEAT.has(lower)) {
          out.push({ start: pStart, end, suggestions: [text.slice(pStart, pEnd)] });
          takenTo = end;
        }
      }
    }
    previous = r;
  }
  return out;
}

/** Whether runs a and b are one word in any case. */
function sameWord(text: string, scan: BlockScan, a: number, b: number): boolean {
  const aStart = scan.runs[2 * a];
  const aEnd = scan.runs[2 * a + 1];
  const bStart = scan.runs[2 * b];
  const bEnd = scan.runs[2 * b + 1];
  if (((scan.facts[a] | scan.facts[b]) & RUN_WIDE) === 0) {
    if (aEnd - aStart !== bEnd - bStart || scan.hashes[a] !== scan.hashes[b]) return false;
    return sameFolded(text, bStart, text.slice(aStart, aEnd).toLowerCase());
  }
  return text.slice(aStart, aEnd).toLowerCase() === text.slice(bStart, bEnd).toLowerCase();
}

function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!spaceAt(text, i)) return false;
  return true;
}

/** The coded rules a rules file may name. */
export const CODED_CHECKS: Readonly<Record<string, CodedCheck>> = {
  'small-numbers': smallNumbers,
  'sentence-start-number': sentenceStartNumber,
  dates,
  'repeated-word': repeatedWord,
};

function fullMonth(month: string): string {
  const key = month.replace('.', '').toLowerCase();
  return MONTH_ABBREVIATIONS[key] ?? month;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** A number up to 99 in words; null above, where a sub recasts the sentence instead. */
function inWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 10) return WORDS[n];
  if (n < 20) return TEENS[n - 10];
  const unit = n % 10;
  return unit ? `${TENS[Math.floor(n / 10)]}-${WORDS[unit]}` : TENS[n / 10];
}
