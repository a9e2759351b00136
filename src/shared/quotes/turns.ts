// Interview transcripts: after a short intro, each paragraph opens with a
// speaker label and a colon ("Petrescu: Honestly, we thought …", "Q: …"),
// with no quotation marks. Every turn is that speaker's quotation, and an
// unlabelled paragraph before the next label goes on with the same turn.
// Strict on purpose: furniture ("Update:", "Note:"), a colon intro ("He
// said:"), a time ("10:30") and a list of credits ("Director: Jane
// Campion") are not transcripts, and copy that is not one gains no speaker.
// The label is read as a name by the engine's own reading of people
// (people.ts), so "Petrescu" is the story's Ioana Petrescu.
import { fold } from '../article/fold';
import { asWritten, fullestForms } from './fullest';
import { CONFIDENCE, type AttributionReason, type QuotationAttribution } from './attribute';
import { PUBLICATION_WORDS } from './lexicon';
import { settled, type Mention } from './mentions';
import type { People, Person } from './people';
import { readParagraph } from './reading';
import type { Segment } from './spans';

/** Why a turn has its speaker: the label before it names them. */
export type TurnReason = 'transcript-turn';

/** A quotation's attribution, marked or a transcript turn. */
export interface TurnAttribution extends Omit<QuotationAttribution, 'reason'> {
  reason: AttributionReason | TurnReason;
}

/** One labelled turn: the label as written, where its text runs, and the paragraphs that continue it. */
export interface Turn {
  label: string;
  paragraph: number;
  labelStart: number;
  labelEnd: number;
  /** The text after the label, then each unlabelled paragraph that continues it. */
  segments: Segment[];
}

const PARTICLES = 'de|da|di|du|dos|das|del|della|van|von|der|den|ter|la|le|bin|ibn|al|el';
const WORD = `\\p{Lu}[\\p{L}\\p{M}’'\\-]*\\.?`;
/** A label at a paragraph's start: one to four capitalised words (particles between), a colon, then the words. */
const LABEL = new RegExp(`^\\s*(${WORD}(?:\\s+(?:(?:${PARTICLES})\\s+)?${WORD}){0,3})\\s*:\\s+(?=\\S)`, 'u');

/** Page furniture and colon intros that open a paragraph with a capitalised word and a colon but name nobody speaking. */
const NOT_SPEAKERS = new Set(
  `note notes update updated updates correction corrections clarification photo photos photograph picture pictures pictured image images
  video watch listen warning caution disclaimer source sources credit credits caption interview exclusive analysis opinion comment
  review live breaking timeline factbox background explainer graphic map related see also read more contact email tel phone fax web
  website twitter facebook instagram tags published posted by reporting editing translation transcript summary key points pictures
  he she they it we i you this that there here what why how when where who today tonight yesterday tomorrow monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september october november december
  edit edited editor editors print online breaking news question questions answer answers`.split(/\s+/u),
);
/** Labels for the one who asks and the one who answers. */
const ASKING = new Set(['q', 'question']);
const ANSWERING = new Set(['a', 'answer']);

/** Sentence-ending punctuation, allowing a closing mark or bracket after it: a turn reads as speech. */
const ENDS_SENTENCE = /[.?!…][”"’')\]]*\s*$/u;
/** A paragraph wholly in brackets: a stage direction ("[Laughs]"), neither a turn nor its continuation. */
const BRACKETED = /^\s*[[(].*[\])]\s*$/u;

const labelKey = (label: string): string => fold(label).replace(/\.$/u, '');

function labelAt(text: string): { label: string; start: number; end: number; textStart: number } | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = m[1];
  const key = labelKey(label);
  const words = key.split(/\s+/u);
  const qa = ASKING.has(key) || ANSWERING.has(key);
  if (!qa && (NOT_SPEAKERS.has(words[0]) || NOT_SPEAKERS.has(key))) return null;
  // "A" alone may be an article ("A: …" is a label only in a Q&A); a one-letter word otherwise is no name.
  if (!qa && words.length === 1 && words[0].length < 2) return null;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { label, start, end: start + label.length, textStart: m[0].length };
}

function segmentOf(paragraph: number, text: string, from: number): Segment | null {
  let start = from;
  while (start < text.length && /\s/u.test(text[start])) start++;
  let end = text.length;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end <= start) return null;
  return { paragraph, start, end, text: text.slice(start, end), openMark: -1, closeMark: -1 };
}

/**
 * The story's transcript turns, or none. A transcript has at least two
 * labelled paragraphs with two or more labels taking turns (a label comes
 * back after another, or the labels are Q and A), and most turns read as
 * speech (end with a stop, a question mark or an exclamation mark), which
 * a list of credits does not. A headline (the first paragraph, with no stop
 * at its end) is never a turn. `quoting` holds the paragraphs with marked
 * quotations: narrative between turns, not an answer going on.
 */
export function findTurns(paragraphs: readonly string[], quoting: ReadonlySet<number> = new Set()): Turn[] {
  const labelled: Array<{ p: number; at: NonNullable<ReturnType<typeof labelAt>> }> = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    // Every label opens with a capital and has a colon within its first fifty-odd characters.
    const colon = text.indexOf(':');
    if (colon < 0 || colon > 60) continue;
    if (p === 0 && paragraphs.length > 1 && !ENDS_SENTENCE.test(text)) continue;
    const at = labelAt(text);
    if (at) labelled.push({ p, at });
  }
  if (labelled.length < 2) return [];
  const keys = labelled.map((l) => labelKey(l.at.label));
  const distinct = new Set(keys);
  if (distinct.size < 2) return [];
  const qa = [...distinct].every((k) => ASKING.has(k) || ANSWERING.has(k));
  // A label comes back after another's turn: one pass, keeping the labels seen up to the turn before last.
  const earlier = new Set<string>();
  let comesBack = false;
  for (let i = 2; i < keys.length && !comesBack; i++) {
    earlier.add(keys[i - 2]);
    comesBack = earlier.has(keys[i]) && keys[i - 1] !== keys[i];
  }
  if (!qa && !comesBack) return [];
  const speechLike = labelled.filter((l) => ENDS_SENTENCE.test(paragraphs[l.p])).length;
  if (speechLike * 2 < labelled.length) return [];

  const turns: Turn[] = [];
  for (let n = 0; n < labelled.length; n++) {
    const { p, at } = labelled[n];
    const first = segmentOf(p, paragraphs[p], at.textStart);
    if (!first) continue;
    const segments = [first];
    // Unlabelled paragraphs up to the next label go on with this turn; after the last turn the story is narrative again.
    const next = labelled[n + 1]?.p;
    if (next !== undefined) {
      for (let q = p + 1; q < next; q++) {
        if (BRACKETED.test(paragraphs[q])) continue;
        // A paragraph with quotation marks of its own is the reporter's, quoting someone: the answer ended before it.
        if (quoting.has(q)) break;
        const s = segmentOf(q, paragraphs[q], 0);
        if (s) segments.push(s);
      }
    }
    turns.push({ label: at.label, paragraph: p, labelStart: at.start, labelEnd: at.end, segments });
  }
  return turns;
}

/** "NewsCommons spoke to Ioana Petrescu", "The Echo interviewed Dr Sam Reid": who asks and who answers, as the intro names them. */
const INTERVIEW = new RegExp(
  `((?:${WORD}\\s+){0,3}${WORD})\\s+(?:(?:has\\s+|have\\s+)?(?:spoke|spoken|speaks|talked|talks|sat\\s+down|caught\\s+up)\\s+(?:to|with)|interviewed|interviews|asked)\\s+(?:[\\p{Ll}’'\\-]+\\s+){0,4}((?:${WORD}\\s+){0,3}${WORD})`,
  'u',
);

/** The interviewer and interviewee the paragraphs before the first turn name, as written. */
function introNames(paragraphs: readonly string[], before: number): { asker: string | null; answerer: string | null } {
  for (let p = 0; p < before; p++) {
    const m = INTERVIEW.exec(paragraphs[p]);
    if (m) return { asker: m[1].replace(/^(?:The|In|On|At)\s+/u, ''), answerer: m[2] };
  }
  return { asker: null, answerer: null };
}

/** A name mention for words as written (the engine reads a label this way when its own reading found none at that place). */
function nameMention(text: string, start: number, group: boolean): Mention {
  const words = text.trim().split(/\s+/u);
  return settled({
    kind: 'name',
    start,
    end: start + text.length,
    text,
    name: text,
    nameTokens: words.map((w) => fold(w).replace(/\.$/u, '')),
    group,
    from: 0,
    to: words.length,
  } as Mention);
}

/** The person a label (or an intro's name) means, through the story's people: "Petrescu" → Ioana Petrescu. */
function personFor(people: People, paragraphs: readonly string[], paragraph: number, text: string, start: number): Person | null {
  // The engine's own reading of the paragraph, when it found a mention exactly where the label stands.
  const read = readParagraph(paragraphs[paragraph], []).found.find((f) => f.mention.start === start && f.mention.end <= start + text.length && f.mention.kind !== 'pronoun');
  const mention = read ? settled({ ...read.mention }) : nameMention(text, start, false);
  return people.resolve(mention, paragraph, true, true);
}

const isQuestion = (s: Segment): boolean => /\?[”"’')\]]*\s*$/u.test(s.text);

/**
 * Attributions for the story's transcript turns, merged with the marked
 * quotations in reading order. A turn whose words are themselves one
 * quotation in marks is that quotation, given the label's speaker, not a
 * second one; a quotation in marks inside a turn's words stays its own.
 * `people` is the reading attributeQuotes made of the story.
 */
export function withTurns(paragraphs: readonly string[], marked: readonly QuotationAttribution[], people: People): TurnAttribution[] {
  const quoting = new Set(marked.flatMap((q) => q.quotation.segments.map((s) => s.paragraph)));
  const turns = findTurns(paragraphs, quoting);
  if (!turns.length) return [...marked];
  const intro = introNames(paragraphs, turns[0].paragraph);
  // Q and A with no interview in the intro ("spoke to", "interviewed") is the paper's own explainer
  // ("Q: What changes? A: From April …"): its answers are nobody's quotation.
  const onlyQA = turns.every((t) => ASKING.has(labelKey(t.label)) || ANSWERING.has(labelKey(t.label)));
  if (onlyQA && !intro.asker && !intro.answerer) return [...marked];
  const introPerson = (name: string | null): Person | null => {
    if (!name) return null;
    for (let p = 0; p < turns[0].paragraph; p++) {
      const at = paragraphs[p].indexOf(name);
      if (at >= 0) return personFor(people, paragraphs, p, name, at);
    }
    return null;
  };
  const byLabel = new Map<string, Person | null>();
  const speakerOf = (turn: Turn): Person | null => {
    const key = labelKey(turn.label);
    if (byLabel.has(key)) return byLabel.get(key)!;
    let person: Person | null;
    if (ASKING.has(key)) person = introPerson(intro.asker);
    else if (ANSWERING.has(key)) person = introPerson(intro.answerer);
    else person = personFor(people, paragraphs, turn.paragraph, turn.label, turn.labelStart);
    // Reported as attributeQuotes reports its speakers: by the fullest form the story gives, as written.
    if (person) person = fullestForms(new Set([person]), people.all).get(person) ?? person;
    if (person && !person.group) person.name = asWritten(person, paragraphs);
    // A one-word label that asks the questions, with no fuller name in the story: the publication ("NewsCommons:").
    const mine = turns.filter((t) => labelKey(t.label) === key);
    const asks = ASKING.has(key) || mine.filter((t) => isQuestion(t.segments[0])).length * 2 > mine.length;
    const publicationName = PUBLICATION_WORDS.has(person?.name.split(/\s+/u).pop() ?? '');
    if (person && asks && !person.known && ((person.tokens.length === 1 && !person.person) || publicationName)) {
      person.kind = 'publication';
      person.group = true;
    }
    byLabel.set(key, person);
    return person;
  };

  const out: TurnAttribution[] = [...marked];
  for (const turn of turns) {
    const person = speakerOf(turn);
    const first = turn.segments[0];
    // “…” as the whole turn: the quotation already found, now the label's speaker's.
    const same = marked.find((q) => q.quotation.segments.length >= 1 && q.quotation.segments[0].paragraph === first.paragraph && q.quotation.segments[0].openMark === first.start && wholly(q.quotation.segments[q.quotation.segments.length - 1], first));
    const attribution = {
      person,
      cue: person ? turn.label : null,
      reason: person ? ('transcript-turn' as const) : ('none' as const),
      confidence: person ? CONFIDENCE.cueNamed : CONFIDENCE.unattributed,
      partial: false,
    };
    if (same) {
      const k = out.indexOf(same);
      out[k] = { ...same, ...attribution };
      continue;
    }
    out.push({ quotation: { segments: turn.segments, unclosed: false }, ...attribution });
  }
  const at = (q: TurnAttribution): number => q.quotation.segments[0].paragraph * 1_000_000 + q.quotation.segments[0].start;
  return out.sort((a, b) => at(a) - at(b));
}

/** The marked segment closes at the end of the turn's words (allowing punctuation after the closing mark). */
function wholly(last: Segment, turn: Segment): boolean {
  if (last.paragraph !== turn.paragraph) return true;
  const after = turn.text.slice(last.closeMark + 1 - turn.start);
  return last.closeMark >= 0 && /^[\s.,;:!?]*$/u.test(after);
}
