// What the subbing checks find and what they read. One shape for the
// spelling check, house style and names, so the worker, the checks panel and
// `galley check --json` all speak of the same thing: a match.

/** How much a match matters: an error stops `galley check` (exit 1); advice is a hint. */
export type CheckLevel = 'error' | 'warning' | 'advice';
export const CHECK_LEVELS: readonly CheckLevel[] = ['error', 'warning', 'advice'];

/** Which check found a match: each is underlined in its own colour. */
export type MatchKind = 'spelling' | 'style' | 'names';

/** The story's fields the checks read, in reading order. */
export type CheckField = 'headline' | 'standfirst' | 'byline' | 'body';

/** One block of copy to check: a field, or one paragraph or crosshead of the body. */
export interface CheckBlock {
  field: CheckField;
  text: string;
  /** Ranges [start, end) of tagged quotes, left alone when quotes are left as spoken. */
  quoted?: ReadonlyArray<readonly [number, number]>;
}

/** One place in the copy where a rule or the spelling check fires. */
export interface CheckMatch {
  /** The rule's id: a house-style rule's own, or `spelling`, `spelling-name`, `spelling-species`, `name-spelling`, `name-directory`. */
  ruleId: string;
  kind: MatchKind;
  level: CheckLevel;
  /** A sentence for the sub. */
  message: string;
  /** Index of the block in the list checked. */
  block: number;
  /** UTF-16 offsets [start, end) in the block's text. */
  start: number;
  end: number;
  /** The text matched. */
  text: string;
  /** Replacements to offer, best first; may be empty. */
  suggestions: string[];
  /** A name spelt two ways: both spellings, the commoner first, so the sub can make the story use either throughout. */
  spellings?: [string, string];
}

/** A rule the rules file holds but Galley could not use, and why, in words a chief sub understands. */
export interface SetAsideRule {
  /** The rule's id when it has one. */
  id: string | null;
  /** 1-based line in the rules file. */
  line: number;
  reason: string;
}

/** What the checks panel calls the checks that are not house-style rules from the file. */
export const BUILT_IN_LABELS: Readonly<Record<string, string>> = {
  spelling: 'Spelling',
  'spelling-name': 'Names not in the dictionary',
  'name-spelling': 'A name spelt two ways',
  'name-directory': 'Names the speaker directory spells otherwise',
  'spelling-species': 'Species names not in the dictionary',
};

/** A rule's label for the sub: the rules file's `label`, a built-in check's, else its id in words ("ise-spellings" → "Ise spellings"). */
export function ruleLabel(ruleId: string, labels: Readonly<Record<string, string>> = {}): string {
  const label = labels[ruleId] ?? BUILT_IN_LABELS[ruleId];
  if (label) return label;
  const words = ruleId.replace(/-+/gu, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Ids of the checks that are not house-style rules from the file. */
export const BUILT_IN_RULES = {
  spelling: 'spelling',
  spellingName: 'spelling-name',
  nameSpelling: 'name-spelling',
  nameDirectory: 'name-directory',
  /** The second half of a species name ("V. cholerae"), which no word list holds: advice, apart from people's names. */
  spellingSpecies: 'spelling-species',
} as const;
