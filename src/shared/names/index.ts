// Name near-matching: one pure module, shared by quote attribution (linking
// "Ms Brenan" to "Grace Brennan") and the subbing checks (a name spelt two
// ways in one story). The API below is stable; add to it, do not change it.
//
//   splitName(name)            → { honorific, words, given, surname }, folded
//   normaliseName(name)        → "sinead o'brien" for "Dr. Sinéad O’Brien, QC"
//   normaliseNameWord(word)    → one word folded
//   forgetNameWords()          → drop the folded words kept so far (a cold run)
//   letterEdits(a, b)          → Levenshtein, an adjacent swap counted as one
//   spellingEdits(a, b)        → 0 same, 1–2 a slip, -1 another name (one word)
//   isSpellingVariant(a, b)    → the same name word spelt two ways
//   compareNames(a, b)         → { relation: same | later-reference | variant | different, edits }
//   compareNameParts(a, b)     → the same for names already split
//   findNameMatch(name, list)  → the one candidate `name` refers to, or null (none, or a tie)
export { NAME_HONORIFICS, NAME_PARTICLES, POST_NOMINALS, normaliseName, normaliseNameWord, splitName, forgetNameWords, type NameParts } from './normalise';
export { letterEdits } from './distance';
export { editsAllowed, isSpellingVariant, spellingEdits } from './variants';
export { compareNameParts, compareNames, findNameMatch, type NameComparison, type NameMatch, type NameRelation } from './match';
