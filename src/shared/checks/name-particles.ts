// The small words inside foreign names: "Universidade do Porto", "Banco de
// la Nación", "Ludwig van Beethoven", "Abu Bakr al Baghdadi", "Côte
// d’Ivoire". Between capitalised words they are part of the name, never a
// misspelling; elsewhere ("the del key") they are read as any other word.

/** Particles seen inside names of places, people and bodies, in the languages copy meets most. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'dei', 'degli', 'delle', 'dal', 'da', 'do', 'dos', 'das', 'di', 'du', 'des',
  'van', 'von', 'vom', 'zu', 'zum', 'der', 'den', 'ter', 'ten', 'het', 'op',
  'la', 'le', 'les', 'los', 'las', 'el', 'al', 'y', 'e', 'i', 'bin', 'ibn', 'bint', 'ben', 'ould', 'sur', 'sous', 'en', 'aux', 'au',
]);

const PARTICLE = [...NAME_PARTICLES].sort((a, b) => b.length - a.length).join('|');
// A capitalised word, then perhaps more particles, then one space: the name the particle continues.
const NAME_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:${PARTICLE}))* $`, 'u');
// One space, perhaps more particles, then a capital: the rest of the name.
const NAME_AFTER = new RegExp(String.raw`^(?: (?:${PARTICLE}))* \p{Lu}`, 'u');
// A particle elided before a name: "d’Ivoire", "l’Aquila", "dell’Arte".
const ELIDED = /^(?:d|l|dell|dall|nell|sull|all)['’]\p{Lu}\p{Ll}/u;

/** Whether the small word at [start, end) of `text` is a particle inside a name: a capitalised word before it and after it. */
export function particleInName(text: string, start: number, end: number): boolean {
  if (!NAME_PARTICLES.has(text.slice(start, end))) return false;
  return NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && NAME_AFTER.test(text.slice(end, end + 40));
}

/** Whether particles, then a capitalised word, follow `end` ("Universidade| do Porto"): the word before them opens a name. */
export function particlesThenName(text: string, end: number): boolean {
  return NAME_AFTER.test(text.slice(end, end + 40)) && text.charCodeAt(end + 1) >= 0x61 && text.charCodeAt(end + 1) <= 0x7a;
}

/** Whether `word` is a name behind an elided particle ("d’Ivoire"): shaped as a name, not as a small word. */
export const elidedName = (word: string): boolean => ELIDED.test(word);
