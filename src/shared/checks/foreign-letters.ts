// Words with letters English lacks (á, é, ñ, ü, ç, ø, ł, ő …): a place, a
// name or a word of another language ("Cáceres", "Łódź", "señora",
// "Guimarães"), since an English misspelling almost never carries one. The
// exception is an English word misspelt with a stray accent: folded to plain
// letters it is one slip from a dictionary word ("recíeve"), so the writer
// surely meant that word.
import { oneSlipFromKnown } from './one-slip';

/** A Latin letter beyond a–z, whatever its case. */
const LETTER_BEYOND = /[\u00c0-\u024f\u1e00-\u1eff]/u;
/** Letters whose plain twin decomposing does not find. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i', þ: 'th', ð: 'd' };
/** Below this a folded word is one slip from some short English word by chance ("lodz" → "lode"). */
const SHORTEST_SLIP = 6;

/** `word` in plain letters: accents dropped, ł → l, ß → ss. */
export function foldAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐßæÆœŒıþð]/gu, (c) => UNDECOMPOSED[c]);
}

/** Whether an unknown word is foreign by its letters: it holds one English lacks, and does not fold to a slip of an English word. */
export function foreignByLetters(word: string, knows: (spelling: string) => boolean): boolean {
  if (!LETTER_BEYOND.test(word)) return false;
  const plain = foldAccents(word).toLowerCase();
  if (!/^[a-z'’-]+$/u.test(plain)) return true;
  // Folded to a dictionary word it is that word with its accents ("senora"): still not a misspelling.
  if (knows(plain)) return true;
  return plain.length < SHORTEST_SLIP || !oneSlipFromKnown(plain, knows);
}
