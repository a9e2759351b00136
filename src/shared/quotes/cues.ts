// The words that attribute a quotation: "he said", "said Mr Qazi", "Mr Qazi
// accused ...", "according to Jim Orr", "Alvarez was blunt:". A cue is found
// in the quote's own sentence, never across a sentence break, and never
// inside any quotation. This module finds the cue and the phrase naming the
// speaker; mentions.ts reads the phrase and attribute.ts decides who it is.
import { CUE_FILLERS, CUE_VERBS, DOCUMENT_NOUNS, GROUP_NOUNS, INVERTIBLE_VERBS, NOT_NAMES, PRONOUNS, ROLE_MODIFIERS } from './lexicon';
import { closesName, isHonorific, isRoleAbbreviation, isTitle, npAfter, npBefore, roleNoun } from './mentions';
import { isCapitalised, stripPossessive, type Token } from './tokens';
import { governingVerb, isCommonSubject, isReportedClause } from './clauses';
import { unnamedHead } from './unnamed';
import { ageDescriptionEnd, linkedDescription } from './descriptions';

export type CueMode =
  /** Right after the closing mark: "…,” he said" / "…,” said the spokeswoman". */
  | 'after'
  /** Earlier in the sentence, with its subject: "Mr Qazi accused … “the great game”". */
  | 'before'
  /** "according to X", on either side. */
  | 'according'
  /** A verb with no subject of its own ("…, saying it was “soft”"): the sentence's subject spoke. */
  | 'participle'
  /** A colon introducing the quote: "Alvarez was blunt: “…”". */
  | 'colon';

export interface Cue {
  mode: CueMode;
  /** The cue as written: "he said", "said Mr Qazi", "according to Jim Orr", "saying". */
  text: string;
  /** Token range of the phrase naming the speaker. */
  np: { from: number; to: number };
  /** The cue is plain but its speaker is not ("said the statement by the club's owners"): leave the quote without one. */
  speakerless?: boolean;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const low = (t: Token | undefined): string => (t ? t.lower : '');
/** A cue verb as written: lower case, or capitalised only because it opens the sentence ("Asked about …"); "States" and "Says" mid-sentence are names. */
export function isCueAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  const lw = t.lower;
  // "Samuel Reid, QC, put it to her that …": counsel's question, put in words.
  if ((lw === 'put' || lw === 'puts' || lw === 'putting') && low(tokens[i + 1]) === 'it' && low(tokens[i + 2]) === 'to') return t.text === lw || i === 0 || tokens[i - 1].sentence !== t.sentence;
  // "Ofsted, which found that …": a finding reported, the body's words.
  // "The ombudsman ruled that …": a ruling reported, likewise.
  if ((lw === 'found' || lw === 'finds' || lw === 'ruled' || lw === 'rules') && low(tokens[i + 1]) === 'that') return t.text === lw;
  // "a note that read: “…”", "It reads: “…”": a document's words given whole; "read" anywhere else is reading.
  if (lw === 'read' || lw === 'reads') return t.text === lw && (tokens[i + 1]?.text === ':' || (tokens[i + 1]?.text === ',' && tokens[i + 2]?.kind === 'quote'));
  if (!CUE_VERBS.has(lw)) return false;
  // "the warning", "her answer", "a reply": after a determiner the word is a noun, not a verb of speaking.
  if (DETERMINER_BEFORE.has(low(tokens[i - 1]))) return false;
  // "calling for a …", "called on ministers": a demand, not words spoken.
  if (lw.startsWith('call') && /^(?:for|on|off|up|in|out|back)$/u.test(tokens[i + 1]?.text ?? '')) return false;
  return t.text === lw || i === 0 || tokens[i - 1].sentence !== t.sentence;
}
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'my', 'your']);
const isPronoun = (t: Token | undefined): boolean => isWord(t) && t.text.toLowerCase() in PRONOUNS;
const STOPS = /^[.;:!?]$/u;
/** "should tell", "would say": a verb after a modal has its subject further back, or none in reach. */
const isModal = (t: Token): boolean => /^(?:should|would|must|could|can|will|may|might|shall)$/u.test(t.lower);

/** First token of the sentence holding token `i`. */
export function sentenceStart(tokens: readonly Token[], i: number): number {
  return tokens[i].sentenceFrom;
}

function sentenceEnd(tokens: readonly Token[], i: number): number {
  let e = i;
  while (e < tokens.length && tokens[e].sentence === tokens[i].sentence) e++;
  return e;
}

function cueText(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice(tokens[a].start, tokens[b - 1].end);
}

/**
 * The subject of the verb at `k`: a pronoun, a name with its titles and role
 * ("Chinese Foreign Ministry spokeswoman Hua Chunying"), or, when commas
 * stand between ("Susan Ellis, whose mother Margaret, 94, was among the
 * victims, said"), the first comma phrase that is a name.
 */
/** Words that open a sentence describing the person named after them: "Former pupil", "Local shopkeeper". */
const DESCRIBING = new Set([...ROLE_MODIFIERS, 'local', 'fellow', 'retired', 'veteran', 'young', 'longtime', 'long-time', 'lifelong', 'ex']);

/** Fillers that are parts of a verb, not adverbs: after "It was" the verb is passive and "it" speaks for nobody. */
const AUXILIARIES = new Set(['was', 'is', 'were', 'be', 'been', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'did', 'does', 'do', 'to']);

/** Who is "familiar with the talks" in wire copy. */
const FAMILIAR_HEADS = new Set(['person', 'people', 'source', 'sources', 'official', 'officials', 'someone', 'diplomat', 'diplomats', 'executive', 'executives']);

/** Prepositions that give where a role works, after which the phrase is no longer the role: "a worker at a shop". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'from', 'near', 'outside']);

export function subjectBefore(tokens: readonly Token[], k: number, floor: number): { from: number; to: number } | null {
  let j = k - 1;
  // "now" before the verb is a filler ("Smith now says"), but not when it ends a name ("Mediation Now said").
  while (j >= floor && isWord(tokens[j]) && CUE_FILLERS.has(low(tokens[j])) && !closesName(tokens, j)) j--;
  if (j < floor) return null;
  const restricted = restrictedSubject(tokens, floor, k);
  if (restricted) return restricted;
  const t = tokens[j];
  if (isPronoun(t)) return { from: j, to: j + 1 };
  // "the 24-year-old told": a description standing for somebody (descriptions.ts).
  if (ageDescriptionEnd(tokens, j - 1) === j + 1 && j - 1 >= floor) return { from: j - 1, to: j + 1 };
  // "the former Celtic man told": a description by the club the story linked somebody to.
  for (let f = Math.max(floor, j - 5); f < j; f++) if (linkedDescription(tokens, f)?.end === j + 1) return { from: f, to: j + 1 };
  // "One person familiar with the talks said", "sources familiar with the matter said": the wire's unnamed source.
  for (let f = j - 1; f > j - 6 && f > floor; f--) {
    if (low(tokens[f]) === 'familiar' && low(tokens[f + 1]) === 'with' && FAMILIAR_HEADS.has(low(tokens[f - 1]))) return { from: f - 1, to: j + 1 };
  }
  // "what it called “…”", "It said": a body's pronoun, only right before its verb ("It was described as …" is nobody's).
  // An adverb may stand between ("it first told"), an auxiliary may not ("It was described as …").
  if (low(t) === 'it' && tokens.slice(j + 1, k).every((x) => !AUXILIARIES.has(x.lower))) return { from: j, to: j + 1 };
  if (t.kind === 'word') {
    let s = npBefore(tokens, j + 1, floor);
    if (s > j) return null;
    // "A spokesperson for the Department for Culture, Media and Sport": a name list with commas.
    while (s - 1 > floor && tokens[s - 1].text === ',' && tokens.slice(s, j + 1).every((x) => isWord(x) && (isCapitalised(x.text) || x.text === 'and'))) {
      const s2 = npBefore(tokens, s - 1, floor);
      if (s2 >= s - 1 || !tokens.slice(s2, s - 1).some((x) => low(x) === 'for' || low(x) === 'of')) break;
      s = s2;
    }
    return { from: s, to: j + 1 };
  }
  if (t.text !== ',') return null;
  // Comma phrases between subject and verb: take the first that is a name, else the first that is a role.
  const chunks: Array<{ from: number; to: number }> = [];
  let a = floor;
  for (let i = floor; i <= j; i++) {
    if (tokens[i].text === ',' || i === j) {
      if (i > a) chunks.push({ from: a, to: i });
      a = i + 1;
    }
  }
  let role: { from: number; to: number } | null = null;
  for (const chunk of chunks) {
    if (tokens.slice(chunk.from, chunk.to).some((x) => x.kind === 'quote')) continue;
    // "…, and the TaxPayers' Alliance, a campaign group, called": the conjunction joins clauses, it is not the name.
    const c = /^(?:and|but)$/u.test(low(tokens[chunk.from])) && chunk.to - chunk.from > 1 ? { from: chunk.from + 1, to: chunk.to } : chunk;
    // "A senior figure at a rival firm, who asked not to be named, said": "who" says the phrase before it is somebody.
    const next = chunks[chunks.indexOf(chunk) + 1];
    if (next && low(tokens[next.from]) === 'who') {
      const head = unnamedHead(tokens, c.from, c.to);
      // A role noun's holder is read by the rules below ("a worker at a shop" is "worker").
      if (head >= 0 && !roleNoun(tokens[head].lower)) return c;
    }
    // "A haulier from Hull, speaking from his cab, said": the phrase opening the clause, then only asides, is the verb's subject.
    if (c.from === floor && chunks.length > 1 && chunks.slice(1).every((x) => /^(?:who|\p{Ll}+ing)$/u.test(low(tokens[x.from])))) {
      const head = unnamedHead(tokens, c.from, c.to, true);
      if (head >= 0 && !roleNoun(tokens[head].lower)) return c;
    }
    const s = npBefore(tokens, c.to, c.from);
    // "One European diplomat, who spoke on condition of anonymity, said": "one" counts, it is no part of the role.
    if (s === c.from + 1 && /^(?:one|another)$/u.test(low(tokens[c.from])) && isWord(tokens[c.to - 1]) && roleNoun(low(tokens[c.to - 1])) && !GROUP_NOUNS.has(low(tokens[c.to - 1]))) return { from: s, to: c.to };
    // "a taxi driver called Imran": the name the role is given is the subject.
    if (s > c.from + 1 && /^(?:called|named)$/u.test(low(tokens[s - 1])) && tokens.slice(c.from, s - 1).some((x) => isWord(x) && roleNoun(x.lower)) && isCapitalised(tokens[c.to - 1].text)) return { from: s, to: c.to };
    // "The former Saints lock Gareth Bevan, a pundit for the broadcaster, called it": the clause's opening phrase ends in a full name after a lower-case role word.
    if (s > c.from + 1 && c.from === floor && c.to - s >= 2 && /^(?:the|a|an)$/u.test(low(tokens[c.from])) && isWord(tokens[s - 1]) && /^\p{Ll}/u.test(tokens[s - 1].text) && tokens.slice(s, c.to).every((x) => isWord(x) && isCapitalised(x.text) && !NOT_NAMES.has(x.text))) return { from: s, to: c.to };
    if (s !== c.from) {
      // "A worker at a nearby shop, who asked not to be named, said": the role before its place is the subject.
      const head = tokens.slice(c.from, c.to).findIndex((x, n) => n > 0 && isWord(x) && /^\p{Ll}/u.test(x.text) && roleNoun(x.lower));
      if (!role && head > 0 && head <= 2 && /^(?:a|an|the)$/u.test(low(tokens[c.from])) && PLACE_PREPOSITIONS.has(low(tokens[c.from + head + 1]))) role = { from: c.from, to: c.from + head + 1 };
      continue;
    }
    const last = tokens[c.to - 1];
    if (c.to - c.from === 1 && isPronoun(last)) return c;
    if (isWord(last) && isCapitalised(last.text) && !NOT_NAMES.has(last.text) && !isRoleAbbreviation(stripPossessive(last.text))) return namedAfter(tokens, c, chunks) ?? c;
    if (!role && tokens.slice(c.from, c.to).some((x) => isWord(x) && roleNoun(stripPossessive(low(x))))) role = c;
  }
  return role;
}

/**
 * "Inspectors who spent a week at the prison wrote", "The judge who heard the case said": a
 * subject whose relative clause runs, without commas, up to the verb. The subject is the phrase
 * before "who" (a role or a name, five words at most), not the last name inside the clause.
 */
function restrictedSubject(tokens: readonly Token[], floor: number, k: number): { from: number; to: number } | null {
  let w = -1;
  for (let i = floor + 1; i < k && i <= floor + 5; i++) {
    if (!isWord(tokens[i])) return null;
    if (tokens[i].lower === 'who' || tokens[i].lower === 'which') {
      w = i;
      break;
    }
  }
  if (w < 0) return null;
  for (let i = w + 1; i < k; i++) if (tokens[i].kind !== 'word' || isCueAt(tokens, i)) return null;
  const head = tokens[w - 1];
  const headLow = stripPossessive(head.lower);
  return roleNoun(headLow) || (isCapitalised(head.text) && !NOT_NAMES.has(head.text)) ? { from: floor, to: w } : null;
}

/**
 * "the chief executive of Coastline Homes, Priya Raman, wrote": a role
 * ending in its employer's name, then a comma phrase that is only a
 * person's name: the name is the subject, the phrase before its role.
 */
function namedAfter(tokens: readonly Token[], c: { from: number; to: number }, chunks: ReadonlyArray<{ from: number; to: number }>): { from: number; to: number } | null {
  const next = chunks[chunks.indexOf(c) + 1];
  if (!next || next.to - next.from < 2 || next.to - next.from > 4) return null;
  // "The Liberal Democrat MP for North Devon Coast, Harriet Pengelly,": a role written in capitals ("MP") is a role too.
  const hasRole = tokens.slice(c.from, c.to).some((x) => isWord(x) && (/^\p{Ll}/u.test(x.text) || isRoleAbbreviation(x.text)) && roleNoun(x.lower));
  const name = tokens.slice(next.from, next.to).every((x) => isWord(x) && isCapitalised(x.text) && !NOT_NAMES.has(x.text) && !roleNoun(x.lower));
  return hasRole && name ? next : null;
}

/**
 * The first person the sentence talks about, outside any quotation: the
 * subject for a participle ("…, saying") or a colon ("…was blunt:"). An
 * opening clause ("Asked whether …,", "In a statement,") is skipped.
 */
export function sentenceSubject(tokens: readonly Token[], from: number, to: number): { from: number; to: number } | null {
  let m = from;
  const opener = low(tokens[m]);
  if (isWord(tokens[m]) && NOT_NAMES.has(tokens[m].text) && !isPronoun(tokens[m]) && opener !== 'the' && opener !== 'a' && opener !== 'an') {
    for (let i = m; i < to; i++) {
      if (tokens[i].text === ',') {
        m = i + 1;
        break;
      }
      if (isCueAt(tokens, i) && i > m) break;
    }
  }
  for (let i = m; i < to; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    if (isPronoun(t)) return { from: i, to: i + 1 };
    // "Former pupil Aled Morgan said:": a describing word capitalised only because it opens the sentence.
    if (i === t.sentenceFrom && DESCRIBING.has(t.lower) && isWord(tokens[i + 1]) && /^\p{Ll}/u.test(tokens[i + 1].text)) continue;
    const lw = t.text.toLowerCase();
    if ((lw === 'the' || lw === 'a' || lw === 'an') && isWord(tokens[i + 1]) && roleNoun(stripPossessive(low(tokens[i + 1])))) {
      const e = npAfter(tokens, i, to);
      if (e > i) return { from: i, to: e };
    }
    if (isCapitalised(t.text) && !NOT_NAMES.has(t.text) && !isCueAt(tokens, i)) {
      const e = npAfter(tokens, i, to);
      if (e > i) return { from: npBefore(tokens, e, m), to: e };
    }
  }
  return null;
}

/**
 * "the study’s lead author, Dr Melody Ding": when a role stands first and
 * the name follows after a comma, the name is the speaker (the role is
 * picked up as a description of it).
 */
function nameAfterRole(tokens: readonly Token[], from: number, to: number, end: number): { from: number; to: number } {
  const last = tokens[to - 1];
  if (tokens[to]?.text !== ',' || !isWord(last) || isCapitalised(last.text)) return { from, to };
  const e = npAfter(tokens, to + 1, end);
  const tail = tokens[e - 1];
  if (e > to + 1 && isWord(tail) && isCapitalised(tail.text) && !NOT_NAMES.has(tail.text)) return { from: to + 1, to: e };
  return { from, to };
}

/**
 * "said the statement by the US State Department": a document followed by
 * whose it is speaks for them. When "by" names no one by name ("by the
 * club's owners"), the cue stands but its speaker is left empty.
 */
function documentBy(tokens: readonly Token[], verb: number, e: number, end: number, text: string): Cue | null {
  const by = low(tokens[e]);
  if ((by !== 'by' && by !== 'from') || !DOCUMENT_NOUNS.has(low(tokens[e - 1]))) return null;
  const e2 = npAfter(tokens, e + 1, end);
  const last = tokens[e2 - 1];
  if (e2 > e + 1 && isWord(last) && isCapitalised(last.text) && !NOT_NAMES.has(last.text)) return { mode: 'after', text: cueText(text, tokens, verb, e2), np: { from: e + 1, to: e2 } };
  return { mode: 'after', text: cueText(text, tokens, verb, e), np: { from: verb + 1, to: e }, speakerless: true };
}

/** "…” — especially for older adults, he said.": the attribution closes the sentence after a comma. */
function cueAtSentenceEnd(tokens: readonly Token[], q: number, end: number, text: string): Cue | null {
  let comma = -1;
  for (let k = end - 1; k > q; k--) {
    if (tokens[k].kind === 'quote') return null;
    if (tokens[k].text === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0) return null;
  let stop = end;
  while (stop > comma + 1 && tokens[stop - 1].kind === 'punct') stop--;
  for (let k = comma + 1; k < Math.min(stop, comma + 8); k++) {
    if (!isCueAt(tokens, k)) continue;
    if (stop - k > 4) return null; // "he said on Tuesday" at most
    if (k === comma + 1) {
      const e = npAfter(tokens, k + 1, stop);
      return e > k + 1 && INVERTIBLE_VERBS.has(low(tokens[k])) ? { mode: 'after', text: cueText(text, tokens, k, e), np: { from: k + 1, to: e } } : null;
    }
    const subject = subjectBefore(tokens, k, comma + 1);
    return subject && subject.from === comma + 1 ? { mode: 'after', text: cueText(text, tokens, comma + 1, k + 1), np: subject } : null;
  }
  return null;
}

/** Counting words that stand alone as a cue's subject: one of a group, never a person the story named. */
const COUNT_SUBJECTS = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'most', 'both', 'neither', 'few']);

function cueAfter(tokens: readonly Token[], q: number, text: string): Cue | null {
  let i = q + 1;
  const end = sentenceEnd(tokens, q);
  if (tokens[i]?.text === '—' || tokens[i]?.text === '–') return cueAtSentenceEnd(tokens, q, end, text);
  if (tokens[i]?.text === ',') i++; // British order: “…”, he said
  const t = tokens[i];
  if (!isWord(t) || t.sentence !== tokens[q].sentence) return null;
  if (low(t) === 'according' && low(tokens[i + 1]) === 'to') {
    const e = npAfter(tokens, i + 2, end);
    return e > i + 2 ? { mode: 'according', text: cueText(text, tokens, i, e), np: nameAfterRole(tokens, i + 2, e, end) } : null;
  }
  // "…,” one said", "another added": one of a group the story has not named; whoever was named before did not say it.
  if (COUNT_SUBJECTS.has(low(t)) && isCueAt(tokens, i + 1)) return { mode: 'after', text: cueText(text, tokens, i, i + 2), np: { from: i, to: i + 1 }, speakerless: true };
  if (INVERTIBLE_VERBS.has(low(t))) {
    if (isPronoun(tokens[i + 1])) return { mode: 'after', text: cueText(text, tokens, i, i + 2), np: { from: i + 1, to: i + 2 } };
    const e = npAfter(tokens, i + 1, end);
    if (e > i + 1) return documentBy(tokens, i, e, end, text) ?? { mode: 'after', text: cueText(text, tokens, i, e), np: nameAfterRole(tokens, i + 1, e, end) };
  }
  for (let k = i; k < Math.min(end, i + 18); k++) {
    const x = tokens[k];
    // "Mr. Costa said", "Sen. Tom Barrett said": the stop of an honorific or title ends nothing.
    if (x.text === '.' && k > i && isWord(tokens[k - 1]) && (isHonorific(tokens[k - 1].text) || isTitle(tokens[k - 1].text)) && isWord(tokens[k + 1])) continue;
    if (x.kind === 'quote' || STOPS.test(x.text)) return null;
    if (!isCueAt(tokens, k) || k === i) continue;
    const subject = subjectBefore(tokens, k, i);
    if (subject && subject.from === i) return { mode: 'after', text: cueText(text, tokens, i, k + 1), np: subject };
    // "…,” one resident, Fatma Demir, told TRT": a description, then the name in commas, then the verb.
    if (subject && subject.from > i && tokens[subject.from - 1].text === ',' && tokens[subject.to]?.text === ',') return { mode: 'after', text: cueText(text, tokens, i, k + 1), np: subject };
    // "…,” Benguet provincial disaster chief Ramon Tabora told reporters": a place and a word or two more of the role before the phrase read.
    if (subject && subject.from > i && subject.from - i <= 3 && isCapitalised(tokens[i].text) && tokens.slice(i + 1, subject.from).every((x) => isWord(x) && /^\p{Ll}/u.test(x.text))) return { mode: 'after', text: cueText(text, tokens, i, k + 1), np: subject };
    return null;
  }
  return null;
}

function cueBefore(tokens: readonly Token[], q: number, text: string): Cue | null {
  const floor = sentenceStart(tokens, q);
  const isCue = (k: number): boolean => isCueAt(tokens, k);
  if (tokens[q - 1]?.text === ':') {
    // A colon's own clause decides: "She said:" is an ordinary cue, but in
    // "Asked what she would tell …, Okafor does not hesitate:" the speaker
    // is the subject of the clause before the colon, not of "tell".
    let c = floor;
    for (let i = q - 2; i >= floor; i--) if (tokens[i].text === ',') { c = i + 1; break; }
    let hasCue = false;
    for (let k = c; k < q - 1; k++) if (isCueAt(tokens, k)) hasCue = true;
    if (!hasCue) {
      const s = sentenceSubject(tokens, c, q - 1);
      if (s) return { mode: 'colon', text: cueText(text, tokens, s.from, q), np: s };
    }
  }
  for (let k = q - 1; k >= floor; k--) {
    const t = tokens[k];
    if (low(t) === 'according' && low(tokens[k + 1]) === 'to') {
      const e = npAfter(tokens, k + 2, q);
      if (e > k + 2) return { mode: 'according', text: cueText(text, tokens, k, e), np: { from: k + 2, to: e } };
    }
    if (!isCueAt(tokens, k)) continue;
    let subject = subjectBefore(tokens, k, floor);
    // "said … and that the operator had promised “…”", "says staff should tell customers “…”": a clause inside a report is the reporter's.
    const embedded = subject ? isCommonSubject(tokens, subject) && isReportedClause(tokens, subject.from, isCue) : !!tokens[k - 1] && isWord(tokens[k - 1]) && isModal(tokens[k - 1]);
    const subjectOf = (v: number) => subjectBefore(tokens, v, floor) ?? relativeAntecedent(tokens, v, floor);
    let outer = embedded ? governingVerb(tokens, subject ? subject.from : k, floor, isCue, subjectOf) : null;
    // "said the readings confirmed “…”": a plain noun, not read as a subject, between two verbs of speaking.
    if (!subject && !outer) {
      const o = governingVerb(tokens, k, floor, isCue, subjectOf);
      if (o && k - o.verb <= 5 && tokens.slice(o.verb + 1, k).every((x) => isWord(x) && /^\p{Ll}/u.test(x.text))) outer = o;
    }
    if (outer) return { mode: 'before', text: cueText(text, tokens, Math.min(outer.subject.from, outer.verb), Math.max(outer.subject.to, outer.verb + 1)), np: outer.subject };
    if (subject) {
      const from = Math.min(subject.from, k);
      return { mode: 'before', text: cueText(text, tokens, from, Math.max(subject.to, k + 1)), np: subject };
    }
    // "SONEDE, which said": a relative clause's verb belongs to the name before it.
    const antecedent = relativeAntecedent(tokens, k, floor);
    if (antecedent) return { mode: 'before', text: cueText(text, tokens, antecedent.from, k + 1), np: antecedent };
    // No subject of its own: a participle ("…, saying") or a verb after "and" takes the sentence's subject; anything else is unsure.
    const prev = tokens[k - 1];
    const participle = /ing$/u.test(t.text) || low(prev) === 'and' || low(prev) === 'but' || prev?.text === ',';
    // "Friends say he kept … and described it as “…”": after "and", the verb shares the subject of the clause it joins, the one a reporting verb introduced.
    const joined = low(prev) === 'and' || low(prev) === 'but' ? reportedSubject(tokens, floor, k) : null;
    const s = joined ?? (participle ? sentenceSubject(tokens, floor, k) : null);
    if (s) return { mode: 'participle', text: t.text, np: nameAfterRole(tokens, s.from, s.to, k) };
    return null;
  }
  return null;
}

/** "SONEDE, which said", "the Ombudsman, which found that": the name before a relative clause is its verb's subject. */
function relativeAntecedent(tokens: readonly Token[], k: number, floor: number): { from: number; to: number } | null {
  // "a note that read:": a document the words were written in.
  if (low(tokens[k - 1]) === 'that' && DOCUMENT_NOUNS.has(low(tokens[k - 2]))) {
    const from = npBefore(tokens, k - 1, floor);
    return from < k - 1 ? { from, to: k - 1 } : null;
  }
  if ((low(tokens[k - 1]) !== 'who' && low(tokens[k - 1]) !== 'which') || tokens[k - 2]?.text !== ',') return null;
  const from = npBefore(tokens, k - 2, floor);
  return from < k - 2 ? { from, to: k - 2 } : null;
}

/** The pronoun a reporting verb introduces as the subject of its clause ("say he", "said she"), the last before `to`. */
function reportedSubject(tokens: readonly Token[], from: number, to: number): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  for (let j = from; j < to - 1; j++) if (isCueAt(tokens, j) && isPronoun(tokens[j + 1]) && j > from) found = { from: j + 1, to: j + 2 };
  return found;
}

/**
 * The cue of the quotation whose token is `q`. A cue straight after the
 * closing mark wins ("…,” he said); otherwise the nearest cue verb before
 * the opening mark in the same sentence, which is how partial quotes inside
 * reported speech are attributed.
 */
export function findCue(tokens: readonly Token[], q: number, text: string): Cue | null {
  const cue = cueAfter(tokens, q, text) ?? cueBefore(tokens, q, text);
  // "The country’s water ministry said": which country is the sentence before's business, and a body of
  // another country named earlier is the wrong speaker. The cue stands; its speaker is left empty.
  if (cue && !cue.speakerless && placeOwned(tokens, cue.np.from)) return { ...cue, speakerless: true };
  return cue;
}
/** "the country’s [water resources] ministry": a place's possessive up to three lower-case words before the phrase. */
function placeOwned(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    if (PLACE_OWNERS.test(low(tokens[k]))) return true;
    if (!isWord(tokens[k]) || !/^\p{Ll}/u.test(tokens[k].text)) return false;
  }
  return false;
}
/** Common nouns standing for a place named elsewhere, as a possessive: "the country’s", "the city’s". */
const PLACE_OWNERS = /^(?:country|nation|city|state|region|province|island|kingdom|republic|town|county|capital)['’]s$/u;
