// Furniture stripping: taking the page away from around the story.
//
// Web copy arrives wrapped in navigation, fundraising, share prompts and
// cookie notices. Removing it saves the sub a chore; removing a sentence of
// the story would be far worse than leaving a line of furniture in. So every
// rule here is conservative in one of two ways:
//
// - it matches a whole block that could never be a line of a story
//   ("Skip to main content", "You've Raised:£ 7,769"), and may apply anywhere;
// - or it matches something a story *could* say, and so applies only at the
//   edges: the run of blocks before the story starts or after it ends.
//
// To add a rule, add a row to FURNITURE_RULES: a name (it appears in the
// stripped report the sub sees), where it may apply, and the test. Tests of
// a rule take the block's text folded to lower case with plain apostrophes,
// quotation marks, hyphens and spaces, accents and length kept (see
// foldKeepingAccents), and the block itself. Whether a block quotes someone
// is asked with quotesSomeone, never of the folded text alone: folding makes
// an opening ‘ the same mark as an apostrophe.
import { foldKeepingAccents } from '../article/fold';
import type { CopyBlock } from './blocks';
import { endsWithFullStop, endsWithSentencePunctuation, holdsQuotation, wordsIn } from './shape';

/**
 * - `anywhere`: whole-block matches that no story sentence could produce.
 * - `edges`: only in the leading run (before the story) or trailing run (after it).
 * - `tail`: only in the trailing run, once the story has ended.
 */
export type FurnitureScope = 'anywhere' | 'edges' | 'tail';

export interface FurnitureRule {
  name: string;
  scope: FurnitureScope;
  /**
   * A generic rule matches by shape alone (a short label), not by what it
   * says; it strips only blocks that furniture found by a specific rule
   * separates from the story. See stripFurniture.
   */
  generic?: boolean;
  test: (folded: string, block: CopyBlock) => boolean;
}

export interface StrippedBlock {
  rule: string;
  text: string;
  /** The text of the story's block just before it, where it would go back; null: before the story. */
  after?: string | null;
}

/** What stripFurniture keeps and removes; `after[i]` is where `stripped[i]` would go back (see StrippedBlock.after). */
export interface StrippedCopy {
  blocks: CopyBlock[];
  stripped: StrippedBlock[];
  after: Array<string | null>;
}

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u');
const MONEY = "[£$€]\\s?[\\d,.]+\\s?(?:k|m|bn)?";
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day,?';
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s[a-z]{2,4})?';

const SKIP_LINKS = whole(
  "skip to (?:the )?(?:main )?(?:content|navigation|article|search|footer)|skip navigation|jump to (?:main )?content|back to top|return to top|toggle navigation|open (?:main )?menu|close (?:main )?menu|main menu",
);
const SECTION_LINKS = whole(
  "home|news|world|uk|us|politics|business|sport|sports|opinion|comment|culture|lifestyle|features|video|videos|podcasts?|menu|search|subscribe|sign in|sign up|log in|log out|register|my account|latest|more|close|accept|reject all|accept all|manage preferences|ok, got it",
);
// "Home › World › Asia": three or more short labels joined by arrows. Slashes
// and bars are left alone: a headline may use them ("Taliban | Analysis").
function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s*[›»>]\s*/);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 25 && wordsIn(p) <= 3);
}

const FUND_TOTAL = whole(`(?:you've raised|raised(?: so far)?|we need|we've raised|target|goal|still needed|total raised)\\s*:?\\s*${MONEY}`);
const FUND_DAYS = whole('\\d+\\s+days?\\s+(?:remaining|left|to go)');
const FUND_CALLS = whole(
  "donate|donate (?:today|now|here)|make a donation|give now|give today|fighting fund|become a (?:supporter|member|subscriber|patron|friend)|support us|support our journalism|subscribe (?:now|today)|join us|join today|buy shares",
);

const SHARE = whole(
  "share|share (?:this|the) (?:article|story|page|post|piece)|share(?: on| via| to)? (?:facebook|twitter|x|whatsapp|linkedin|email|bluesky|reddit|threads)|tweet(?: this)?|email this(?: article| story)?|print(?: this)?(?: article| page)?|copy link|link copied|follow us(?: on .{1,60})?[.!:]?",
);
const SOCIAL_NAMES = whole('facebook|twitter|x|whatsapp|linkedin|email|e-mail|print|reddit|bluesky|threads|instagram|telegram|pinterest');

const NEWSLETTER = whole(
  "(?:sign up|subscribe) (?:to|for) (?:our|the) [\\p{L}' -]{0,40}newsletters?(?: .{0,80})?|get (?:our|the) [\\p{L}' -]{0,40}newsletters?(?: .{0,80})?|newsletter sign-?up|sign up to our newsletter",
);

const ADVERT = whole(
  '(?:advertisement|advert|ad|sponsored|sponsored content|paid content|paid post|promoted|partner content)|(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|advert|ad)',
);

const READ_MORE = whole(
  "read more|continue reading|keep reading|related(?: articles| stories| content| coverage)?|more on this story|most (?:read|popular|viewed)|recommended(?: for you)?|you (?:may|might) also like|see also|more from [\\p{L} ]{1,40}|(?:read more|related|see also|also read|read also|recommended|more)\\s*[:›»>|]\\s*.{1,160}",
);

// A cookie notice speaks to the reader about this site; a story sentence
// about cookies ("the website, which uses cookies to track visitors…") does not.
const COOKIES =
  /\b(?:we use cookies|we and our partners use|(?:this|our) (?:web)?site uses cookies|uses cookies to (?:give|improve|ensure|personalise|personalize|provide)|by (?:continuing to use|using) (?:this|our) (?:web)?site|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent|notice))\b/;

const TIMESTAMP = new RegExp(`^(?:published|updated|posted|last (?:updated|modified)|first published)\\b:?\\s`);
const BARE_DATE = new RegExp(
  `^(?:${WEEKDAY}\\s)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}|${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?)\\s\\d{4}(?:,?\\s(?:at\\s)?${CLOCK})?$`,
);

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/;

// A reader appeal: the publisher asking for support, addressed to the reader.
const APPEAL_WORDS =
  /reader-owned|reader-funded|co-?operative|buying shares|buy shares|become a (?:supporter|member|subscriber|patron)|support (?:our|us|independent|quality)|donat(?:e|ion|ing)|subscri(?:be|ption)|make a contribution|chip in|fighting fund|paywall|keep (?:our|this) journalism/;
const READER_ADDRESS = /\b(?:we|we're|we are|our|us|you|your)\b/;
// Reported speech: a story paragraph about an appeal names who made it.
const REPORTING = /\b(?:said|says|told|according to|announced|claimed|added)\b/;

// Single marks, curly or straight, once folded: an opening mark at the start
// of a word and a closing one after a word, or an opening mark starting the
// block (a quotation that runs on to the next paragraph). Inside a word it is
// an apostrophe (we're, people's). An elision ('90s) or plural possessive
// (readers') may pass for a mark, and then a block that could have gone is
// kept, which is the safe way to be wrong.
const SINGLE_QUOTED = /^'[\p{L}\p{N}]|(?:^|[\s(\[{/-])'[\p{L}\p{N}](?:.*?\S)?'(?![\p{L}\p{N}])/u;

/**
 * The block holds a direct quotation, in single or double marks, curly or
 * straight: then it may be a story paragraph quoting an appeal or a notice,
 * and rules that match what a story could say leave it alone. Double marks
 * and an opening ‘ are looked for in the block's own text, since folding
 * makes ‘ an apostrophe; straight single marks in the folded text, where
 * curly ones look the same.
 */
function quotesSomeone(folded: string, block: CopyBlock): boolean {
  return holdsQuotation(block.text) || SINGLE_QUOTED.test(folded);
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  { name: 'navigation', scope: 'anywhere', test: (t) => SKIP_LINKS.test(t) },
  { name: 'navigation', scope: 'edges', test: (t) => SECTION_LINKS.test(t) || isBreadcrumb(t) },
  { name: 'separator', scope: 'edges', test: (_t, b) => b.kind === 'rule' },
  { name: 'fundraising', scope: 'anywhere', test: (t) => FUND_TOTAL.test(t) || FUND_DAYS.test(t) || FUND_CALLS.test(t) },
  { name: 'share-prompt', scope: 'anywhere', test: (t) => SHARE.test(t) },
  { name: 'share-prompt', scope: 'edges', test: (t) => SOCIAL_NAMES.test(t) },
  { name: 'newsletter', scope: 'anywhere', test: (t) => NEWSLETTER.test(t) },
  { name: 'advert', scope: 'anywhere', test: (t) => ADVERT.test(t) },
  { name: 'read-more', scope: 'anywhere', test: (t) => READ_MORE.test(t) },
  // A date alone on a line, or "Updated 12 March 2024": never a sentence.
  {
    name: 'timestamp',
    scope: 'anywhere',
    test: (t) => BARE_DATE.test(t) || (TIMESTAMP.test(t) && /\d/.test(t) && wordsIn(t) <= 12 && !endsWithFullStop(t)),
  },
  {
    name: 'cookie-notice',
    scope: 'edges',
    test: (t, b) => COOKIES.test(t) && READER_ADDRESS.test(t) && !quotesSomeone(t, b) && !REPORTING.test(t) && t.length <= 600,
  },
  { name: 'copyright', scope: 'tail', test: (t) => COPYRIGHT.test(t) && wordsIn(t) <= 30 },
  {
    name: 'reader-appeal',
    scope: 'tail',
    test: (t, b) =>
      APPEAL_WORDS.test(t) && READER_ADDRESS.test(t) && !quotesSomeone(t, b) && !REPORTING.test(t) && wordsIn(t) <= 120,
  },
  // A short label with no sentence punctuation: "Fighting fund"-like lines
  // no rule names yet. Bylines and credits are left for the sub.
  {
    name: 'label',
    scope: 'tail',
    generic: true,
    test: (t, b) =>
      wordsIn(t) <= 4 &&
      t.length <= 40 &&
      !endsWithSentencePunctuation(t) &&
      !quotesSomeone(t, b) &&
      !/\b(?:by|reporting|contributed|correspondent|editor|additional)\b/.test(t),
  },
];

// No furniture runs this long (the longest, a cookie notice or reader appeal,
// is a few hundred characters); a longer block is story, and is not scanned.
const MAX_FURNITURE_CHARS = 1_000;

function ruleFor(block: CopyBlock, scopes: readonly FurnitureScope[]): FurnitureRule | undefined {
  if (block.text.length > MAX_FURNITURE_CHARS) return undefined;
  const folded = foldKeepingAccents(block.text);
  return FURNITURE_RULES.find((rule) => scopes.includes(rule.scope) && rule.test(folded, block));
}

/**
 * Remove furniture, reporting each removed block with the rule that removed
 * it. The story is whatever is left: the leading run of edge furniture goes,
 * then the trailing run. In the trailing run a generic label is removed only
 * when a specific rule matched a block between it and the story, so a story
 * that simply ends on a short line keeps it.
 */
export function stripFurniture(blocks: readonly CopyBlock[]): StrippedCopy {
  const removedBy = new Map<number, string>();

  blocks.forEach((block, i) => {
    const rule = ruleFor(block, ['anywhere']);
    if (rule) removedBy.set(i, rule.name);
  });

  for (let i = 0; i < blocks.length; i++) {
    if (removedBy.has(i)) continue;
    const rule = ruleFor(blocks[i], ['edges']);
    if (!rule) break;
    removedBy.set(i, rule.name);
  }

  // Walk back from the end. A block already removed by an anywhere rule is
  // part of the run; `storyMost` is the specific match nearest the story, and
  // generic matches between it and the story stay.
  const trailing: Array<{ index: number; name: string; generic: boolean }> = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const already = removedBy.get(i);
    if (already !== undefined) {
      trailing.push({ index: i, name: already, generic: false });
      continue;
    }
    const rule = ruleFor(blocks[i], ['edges', 'tail']);
    if (!rule) break;
    trailing.push({ index: i, name: rule.name, generic: rule.generic === true });
  }
  let storyMost = -1;
  trailing.forEach((hit, k) => {
    if (!hit.generic) storyMost = k;
  });
  for (let k = 0; k <= storyMost; k++) removedBy.set(trailing[k].index, trailing[k].name);

  const kept: CopyBlock[] = [];
  const stripped: StrippedBlock[] = [];
  const after: Array<string | null> = [];
  blocks.forEach((block, i) => {
    const rule = removedBy.get(i);
    if (rule === undefined) kept.push(block);
    else {
      stripped.push({ rule, text: block.kind === 'rule' ? '—' : block.text });
      after.push(kept.at(-1)?.text ?? null);
    }
  });
  return { blocks: kept, stripped, after };
}
