// Finding the article's fields in cleaned copy: headline, standfirst,
// byline, and the body that is left. Every guess here errs towards the body:
// a standfirst or byline that is missed costs the sub a cut and paste, one
// invented from the intro would misreport the story.
import { wholly, type CopyBlock } from './blocks';
import type { StrippedBlock } from './furniture';
import { endsWithFullStop, holdsSeveralSentences, isProse, wordsIn } from './shape';
import { acceptedText, holdsSuggestions, rejectedText } from './tracked';

export interface FieldOptions {
  /**
   * Markdown convention: an italic paragraph right after the title is the
   * standfirst. Only markdown asks for this; in HTML or Word an italic intro
   * is just an italic intro.
   */
  italicStandfirst?: boolean;
}

export interface FoundFields {
  headline: string;
  standfirst: string;
  byline: string;
  body: CopyBlock[];
  /** Labels before the headline ("EXCLUSIVE", a section name): not the story. */
  stripped: StrippedBlock[];
  /**
   * A field holds no suggestions: where a Word file tracked changes in the
   * headline, standfirst or byline, the field takes them as accepted and this
   * says what it read before them, for the sub to see.
   */
  settled: SettledField[];
}

/** A field whose tracked changes were taken as accepted, and what it read before them. */
export interface SettledField {
  field: 'headline' | 'standfirst' | 'byline';
  before: string;
}

const MAX_HEADLINE_CHARS = 300;
const MAX_HEADLINE_WORDS = 30;
const MAX_STANDFIRST_WORDS = 60;
const MAX_STANDFIRST_CHARS = 600;
const MAX_BYLINE_CHARS = 150;

/**
 * The first substantial line of plain copy, if it reads as a title: not a
 * sentence paragraph, not a byline, not too long. Single-word lines before it
 * (a kicker such as "EXCLUSIVE") are passed over; once prose starts there is
 * no headline, and the copy is all body.
 */
function titleLineIndex(blocks: readonly CopyBlock[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'rule') continue;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') return -1;
    if (isByline(block) || isProse(block.text)) return -1;
    if (wordsIn(block.text) < 2) continue;
    if (wordsIn(block.text) > MAX_HEADLINE_WORDS || block.text.length > MAX_HEADLINE_CHARS) return -1;
    return i;
  }
  return -1;
}

function headlineIndex(blocks: readonly CopyBlock[]): number {
  const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  if (h1 >= 0) return blocks[h1].text.length <= MAX_HEADLINE_CHARS ? h1 : -1;
  return titleLineIndex(blocks);
}

// "Jane Smith, Political Correspondent": a name, a comma, a newsroom role.
const NAME_AND_ROLE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:[\p{L}' -]{0,40} )?(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist)$/u;

export function isByline(block: CopyBlock): boolean {
  if (block.kind !== 'paragraph' || block.text.length > MAX_BYLINE_CHARS || holdsSeveralSentences(block.text)) return false;
  if (/^(?:by|By|BY)\s+\p{Lu}/u.test(block.text)) return wordsIn(block.text) <= 15;
  if (NAME_AND_ROLE.test(block.text)) return true;
  return block.role === 'byline' && wordsIn(block.text) <= 20 && !endsWithFullStop(block.text);
}

/** The byline field holds who wrote it; "By" is typography the layout adds. */
const bylineText = (block: CopyBlock) => acceptedText(block).replace(/^by\s+/i, '');

function isStandfirst(block: CopyBlock, next: CopyBlock | undefined, atTop: boolean, options: FieldOptions): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return false;
  if (block.text.length > MAX_STANDFIRST_CHARS) return false;
  if (block.role === 'standfirst') return true;
  if (block.kind !== 'paragraph' || wordsIn(block.text) > MAX_STANDFIRST_WORDS) return false;
  if (options.italicStandfirst && atTop && wholly(block, 'italic')) return true;
  // Plain copy: a short paragraph the byline separates from the intro. With
  // no byline there is nothing to tell a standfirst from an intro.
  return atTop && next !== undefined && isByline(next);
}

export function copyToFields(blocks: readonly CopyBlock[], options: FieldOptions = {}): FoundFields {
  const at = headlineIndex(blocks);
  if (at < 0) return { headline: '', standfirst: '', byline: '', body: [...blocks], stripped: [], settled: [] };
  const settled: SettledField[] = [];
  const settle = (field: SettledField['field'], block: CopyBlock) => {
    if (holdsSuggestions(block)) settled.push({ field, before: rejectedText(block) });
  };
  settle('headline', blocks[at]);

  // Before the headline: a byline is kept as the byline, other labels go,
  // anything that reads as copy stays.
  const stripped: StrippedBlock[] = [];
  const lead: CopyBlock[] = [];
  let byline = '';
  for (const block of blocks.slice(0, at)) {
    if (!byline && isByline(block)) {
      byline = bylineText(block);
      settle('byline', block);
    } else if (block.kind === 'rule' || (!isProse(block.text) && wordsIn(block.text) <= 4)) {
      stripped.push({ rule: 'before-headline', text: block.kind === 'rule' ? '—' : block.text });
    } else lead.push(block);
  }

  // The front matter: up to a standfirst and a byline, in either order.
  const rest = blocks.slice(at + 1);
  let standfirst = '';
  let i = 0;
  while (i < rest.length && i < 2) {
    const block = rest[i];
    if (!byline && isByline(block)) {
      byline = bylineText(block);
      settle('byline', block);
    } else if (!standfirst && isStandfirst(block, rest[i + 1], i === 0, options)) {
      standfirst = acceptedText(block);
      settle('standfirst', block);
    } else break;
    i++;
  }

  return { headline: acceptedText(blocks[at]), standfirst, byline, body: [...lead, ...rest.slice(i)], stripped, settled };
}
