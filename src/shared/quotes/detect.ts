// Quote detection for a story's paragraphs: the spans (spans.ts), their cues
// (cues.ts), the people named (mentions.ts, people.ts) and who said what
// (attribute.ts), put into the shape the editor and the command line use.
// Pure and read-only: detection never changes the text. Runs in one pass
// over the story, so it can follow the sub's typing on a debounce.
import { fold } from '../article/fold';
import { forgetNameWords } from '../names';
import type { Speaker } from '../speakers/model';
import { attributeQuotes, forgetEchoes, type AttributionReason } from './attribute';
import type { Person, SpeakerKind } from './people';
import { forgetKept } from './memo';
import { forgetReadings } from './reading';
import { findSpans, forgetPairings } from './spans';
import { withTurns, type TurnReason } from './turns';

export interface DetectedSegment {
  paragraph: number;
  /** UTF-16 offsets inside the marks: text === paragraphs[paragraph].slice(start, end). */
  start: number;
  end: number;
  text: string;
}

export interface DetectedQuote {
  /** 1-based, in reading order. */
  number: number;
  /** One per paragraph; more than one when the quotation runs on over a paragraph break. */
  segments: DetectedSegment[];
  /** null for a quote with no identifiable speaker, including titles and scare quotes. */
  speaker: { name: string; key: string } | null;
  /** The attributing words as written ("he said", "said Mr Qazi"); null when inherited or absent. */
  cue: string | null;
  /** 0–1: how sure the rules are of this speaker (see CONFIDENCE in attribute.ts). */
  confidence: number;
  /** The rule that gave the speaker ('none' without one): see AttributionReason; 'transcript-turn' for a labelled turn (turns.ts). */
  reason: AttributionReason | TurnReason;
  /** Begins mid-sentence: a quoted phrase inside reported speech, or a title or scare quote. */
  partial: boolean;
  /** Opens and never closes (and no later paragraph continues it). */
  unclosed: boolean;
}

export interface DetectedSpeaker {
  /** The directory's speaker id when matched to knownSpeakers, else a slug of the name. */
  key: string;
  name: string;
  /** A person, or an organisation, publication or document speaking ("the agency said", "the memo says"). */
  kind: SpeakerKind;
  /** Only from an apposition or a title ("Samuel Reid, QC"; "Transport Secretary Louise Hart"), never a clause. */
  role: string;
  /** Later references spelt differently from the name ("Ms Brenan" for Grace Brennan), for the sub to look at. */
  variants: string[];
  /** References after the first mention, as written: names first ("Mr Qazi"), then pronouns ("he"). */
  laterReferences: string[];
  pronoun: 'he' | 'she' | 'they' | null;
  firstMention: { paragraph: number; start: number; end: number };
}

export type { SpeakerKind, AttributionReason, TurnReason };

export interface Detection {
  quotes: DetectedQuote[];
  /** Everyone at least one quote is attributed to, in order of first mention. */
  speakers: DetectedSpeaker[];
}

export interface DetectOptions {
  /** The speaker directory: detected names are matched to it and take its name and id. */
  knownSpeakers?: Speaker[];
}

const slug = (name: string): string =>
  fold(name)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60) || 'speaker';

const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it']);

/** Forget every paragraph detection has read (memo.ts), so the next run reads the whole story afresh: the bench's cold figure. */
export function forgetParagraphs(): void {
  forgetReadings();
  forgetPairings();
  forgetEchoes();
  forgetNameWords();
  forgetKept();
}

export function detectQuotes(paragraphs: string[], options: DetectOptions = {}): Detection {
  const { quotations } = findSpans(paragraphs);
  const attributed = attributeQuotes(paragraphs, quotations, options.knownSpeakers ?? []);
  // Interview transcripts: each labelled turn is its speaker's quotation (turns.ts).
  const quotes = withTurns(paragraphs, attributed.quotes, attributed.people);

  const keys = new Map<Person, string>();
  const used = new Set<string>();
  const keyOf = (p: Person): string => {
    let key = keys.get(p);
    if (key) return key;
    if (p.known) key = p.known.id;
    else {
      const base = slug(p.name);
      key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    }
    used.add(key);
    keys.set(p, key);
    return key;
  };

  const speakers = new Map<Person, DetectedSpeaker>();
  const detected: DetectedQuote[] = quotes.map((q, n) => {
    const person = q.person;
    if (person && !speakers.has(person)) {
      const names = person.references.filter((r) => !PRONOUN_WORDS.has(r.toLowerCase()));
      const pronouns = [...new Set(person.references.filter((r) => PRONOUN_WORDS.has(r.toLowerCase())).map((r) => r.toLowerCase()))];
      speakers.set(person, {
        key: keyOf(person),
        name: person.name,
        kind: person.kind,
        role: person.role,
        variants: [...person.variants],
        laterReferences: [...names, ...pronouns],
        pronoun: person.gender,
        firstMention: { ...person.firstMention },
      });
    }
    return {
      number: n + 1,
      segments: q.quotation.segments.map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end, text: s.text })),
      speaker: person ? { name: person.name, key: keyOf(person) } : null,
      cue: q.cue,
      confidence: Math.round(q.confidence * 100) / 100,
      reason: q.reason,
      partial: q.partial,
      unclosed: q.quotation.unclosed,
    };
  });
  const list = [...speakers.values()].sort(
    (a, b) => a.firstMention.paragraph - b.firstMention.paragraph || a.firstMention.start - b.firstMention.start,
  );
  return { quotes: detected, speakers: list };
}
