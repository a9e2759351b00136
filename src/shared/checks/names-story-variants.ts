// A name the story writes once another way where nothing marks it as a name:
// "Scarsbrick, a former striker" opening a sentence, after "Dale Scarisbrick"
// and "Scarisbrick has said". The surname comparison (names.ts) reads only
// words the story uses as surnames, and the spelling check calls the lone
// word a misspelling with a dictionary's guesses. Here a capitalised word no
// dictionary knows is paired with a name the story writes more often, a slip
// of the pen away (names-slip.ts), wherever either stands, and flagged as one
// name spelt two ways, with both spellings and the fix.
import { BUILT_IN_RULES, type CheckBlock, type CheckMatch } from './model';
import { blockNames } from './names';
import { isNameSlip } from './names-slip';

/** A capital, perhaps an apostrophe and a second capital (O’Sullivan), then small letters: how a name is written. */
const NAME_SHAPE = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}+$/u;
const POSSESSIVE = /['’]s$/u;

/**
 * `names` (the story's name matches) with matches added for the capitalised
 * unknown words among `blockMatches` that are a slip from a name the story
 * writes more often. Those words' spelling matches give way to them (the
 * checker drops a block match where a name match starts).
 */
export function withStoryVariants(blocks: readonly CheckBlock[], blockMatches: readonly CheckMatch[], names: readonly CheckMatch[]): CheckMatch[] {
  const bare = (word: string) => word.replace(POSSESSIVE, '');
  const unknown = blockMatches.filter((m) => (m.ruleId === BUILT_IN_RULES.spelling || m.ruleId === BUILT_IN_RULES.spellingName) && NAME_SHAPE.test(bare(m.text)));
  if (unknown.length === 0) return [...names];
  const named = new Set(names.map((m) => `${m.block}:${m.start}`));
  // How often the story writes each capitalised word, possessives as their names.
  const count = new Map<string, number>();
  const surnames = new Set<string>();
  // The first names each surname is written with: "Anna Kowalska" and "Piotr Kowalski" are two people.
  const firstNames = new Map<string, Set<string>>();
  blocks.forEach((block) => {
    const found = blockNames(block.text);
    for (const w of found.capitalised) count.set(w.text, (count.get(w.text) ?? 0) + 1);
    for (const s of found.surnames) {
      surnames.add(s.text);
      if (s.firstName === undefined) continue;
      let set = firstNames.get(s.text);
      if (!set) firstNames.set(s.text, (set = new Set()));
      set.add(s.firstName);
    }
  });
  const twoPeople = (a: string, b: string) => {
    const x = firstNames.get(a);
    const y = firstNames.get(b);
    return x !== undefined && y !== undefined && ![...x].some((f) => y.has(f));
  };
  // The story's names: words it uses as surnames, and capitalised words no dictionary knows.
  const storyNames = new Set([...surnames, ...unknown.map((m) => bare(m.text))]);
  const out = [...names];
  const pairedWith = new Map<string, string | null>();
  for (const m of unknown) {
    const word = bare(m.text);
    if (named.has(`${m.block}:${m.start}`)) continue;
    let other = pairedWith.get(word);
    if (other === undefined) {
      const times = count.get(word) ?? 0;
      other = null;
      for (const name of storyNames) {
        const n = count.get(name) ?? 0;
        if (n <= times || `${word}s` === name || `${name}s` === word || !isNameSlip(word, name) || twoPeople(word, name)) continue;
        if (other === null || n > (count.get(other) ?? 0)) other = name;
      }
      pairedWith.set(word, other);
    }
    if (other === null) continue;
    const n = count.get(other) ?? 0;
    out.push({
      ruleId: BUILT_IN_RULES.nameSpelling,
      kind: 'names',
      level: 'error',
      message: `“${word}” here, “${other}” elsewhere in this story (${n === 1 ? 'once' : `${n} times`}): one name, spelt two ways.`,
      block: m.block,
      start: m.start,
      end: m.start + word.length,
      text: word,
      suggestions: [other],
      spellings: [other, word],
    });
  }
  return out;
}
