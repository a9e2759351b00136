// Which clause a quote in reported speech belongs to. "Kettle said passengers
// were “fed up” and that the operator had promised a fix “before Easter”":
// the nearest verb of speaking is the operator's, but the operator's clause
// hangs from Kettle's "said", and the words are quoted as hers. The speaker
// of such a quote is the subject of the outermost reporting clause, the one
// that is not itself the complement of another verb of speaking.
import type { Token } from './tokens';

/** A subject's token range, as cues.ts finds it. */
export interface Span {
  from: number;
  to: number;
}

const low = (t: Token | undefined): string => (t ? t.lower : '');

/**
 * A subject that names nobody the story could quote in their own right:
 * common nouns ("the operator", "staff"), not a name or a pronoun. "VNA
 * reported that Deputy Minister Tran had told the meeting “…”" quotes Tran;
 * "Kettle said the operator had promised a fix “before Easter”" quotes Kettle.
 */
export function isCommonSubject(tokens: readonly Token[], subject: Span): boolean {
  for (let k = subject.from; k < subject.to; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !(k === subject.from && /^(?:the|a|an|its|their)$/u.test(t.lower))) return false;
  }
  return !(subject.to - subject.from === 1 && /^(?:he|she|they|it|i|we)$/u.test(low(tokens[subject.from])));
}

/**
 * Whether a clause whose subject starts at `from` (or, with no subject, whose
 * verb is at `from`) is the complement of a verb of speaking: it follows
 * "that" ("and that the union had warned …") or the verb itself ("said the
 * union had warned …", "says staff should tell …").
 */
export function isReportedClause(tokens: readonly Token[], from: number, isCue: (k: number) => boolean): boolean {
  const before = tokens[from - 1];
  if (!before || before.sentence !== tokens[from].sentence) return false;
  return low(before) === 'that' || isCue(from - 1);
}

/**
 * The verb of speaking whose complement holds token `at`, looking left from
 * it inside the sentence, with its subject; null when there is none, or
 * when a comma or semicolon stands between (a new clause of the sentence's
 * own, not a complement).
 */
export function governingVerb(
  tokens: readonly Token[],
  at: number,
  floor: number,
  isCue: (k: number) => boolean,
  subjectOf: (k: number) => Span | null,
): { verb: number; subject: Span } | null {
  for (let k = at - 1; k >= floor; k--) {
    const t = tokens[k];
    if (t.kind === 'quote') continue;
    if (t.text === ';' || t.text === ':') return null;
    if (!isCue(k)) continue;
    const subject = subjectOf(k);
    if (!subject) return null;
    // "… said the union had warned …" inside another report: keep climbing.
    if (isCommonSubject(tokens, subject) && isReportedClause(tokens, subject.from, isCue)) return governingVerb(tokens, subject.from, floor, isCue, subjectOf) ?? { verb: k, subject };
    return { verb: k, subject };
  }
  return null;
}
