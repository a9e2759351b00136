import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchDetection, sampleStory } from '../../src/shared/quotes/bench';
import { detectQuotes } from '../../src/shared/quotes/detect';
import { fold, score, type Fixture } from './score';
import { speaker } from './speaker-fixture';

const SHARED = '/work/shared/fixtures';
const FIXTURES = join(__dirname, 'fixtures');

/** The seed's body: the non-empty lines from the intro to the last quoted paragraph, no-break spaces folded. */
function seedParagraphs(): string[] {
  const lines = readFileSync(join(SHARED, 'seed-article.txt'), 'utf8').replace(/\u00a0/gu, ' ').split(/\r?\n/u);
  const first = lines.findIndex((l) => l.startsWith('COMMUNIST PARTY'));
  const last = lines.findIndex((l) => l.startsWith('“[Joe Biden]'));
  return lines.slice(first, last + 1).filter((l) => l.trim().length > 0);
}

const seedExpected = JSON.parse(readFileSync(join(SHARED, 'seed-article.expected.json'), 'utf8')) as {
  speakers: Array<{ name: string; role: string; laterReferences: string[] }>;
  quotes: Array<{ quote: number; text: string; speaker: string; cue: string }>;
  bodyParagraphs: number;
};

describe('detectQuotes on the seed article', () => {
  const paragraphs = seedParagraphs();
  const detection = detectQuotes(paragraphs);

  it('reads the thirteen body paragraphs', () => {
    expect(paragraphs).toHaveLength(seedExpected.bodyParagraphs);
  });

  it('finds exactly the six labelled segments in five quotations', () => {
    const got = detection.quotes.flatMap((q) => q.segments.map((s) => ({ quote: q.number, text: fold(s.text) })));
    expect(got).toEqual(seedExpected.quotes.map((q) => ({ quote: q.quote, text: fold(q.text) })));
  });

  it('attributes every quotation to the labelled speaker', () => {
    const got = detection.quotes.flatMap((q) => q.segments.map(() => q.speaker?.name ?? null));
    expect(got).toEqual(seedExpected.quotes.map((q) => q.speaker));
  });

  it('reports the cue where the copy has one, and none where the speaker continues', () => {
    const byNumber = new Map(detection.quotes.map((q) => [q.number, q.cue]));
    for (const q of seedExpected.quotes) {
      if (q.cue.startsWith('none')) expect(byNumber.get(q.quote)).toBeNull();
      else if (q.quote !== 2) expect(byNumber.get(q.quote)).toBe(q.cue);
    }
    // The run-on quotation takes the cue of its first segment.
    expect(byNumber.get(2)).toBe('he said');
  });

  it('lists the two speakers with their roles and later references', () => {
    expect(detection.speakers.map((s) => ({ name: s.name, role: s.role, laterReferences: s.laterReferences }))).toEqual(
      seedExpected.speakers,
    );
    expect(detection.speakers.map((s) => s.pronoun)).toEqual(['he', 'she']);
  });

  it('flags the run-on and the partial quotes and leaves none unclosed', () => {
    const [q1, q2, q3] = detection.quotes;
    expect(q2.segments.map((s) => s.paragraph)).toEqual([1, 2]);
    expect(q2.unclosed).toBe(false);
    expect(q2.partial).toBe(true);
    expect(q3.partial).toBe(true);
    expect(q1.partial).toBe(false);
    expect(detection.quotes.every((q) => !q.unclosed)).toBe(true);
  });

  it('gives offsets that point at the text inside the marks', () => {
    for (const q of detection.quotes) {
      for (const s of q.segments) {
        expect(paragraphs[s.paragraph].slice(s.start, s.end)).toBe(s.text);
        expect('“"'.includes(paragraphs[s.paragraph][s.start - 1])).toBe(true);
      }
    }
    const first = detection.speakers[0].firstMention;
    expect(paragraphs[first.paragraph].slice(first.start, first.end)).toContain('Imdad Qazi');
  });

  it('never changes the text it reads', () => {
    const copy = [...paragraphs];
    detectQuotes(paragraphs);
    expect(paragraphs).toEqual(copy);
  });
});

describe('detectQuotes on labelled news fixtures', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();
  const scores = files.map((f) => {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture;
    const detection = detectQuotes(fixture.paragraphs);
    const s = score(f.replace(/\.json$/u, ''), fixture, detection);
    const names = new Set(detection.speakers.map((x) => x.name.toLowerCase()));
    const speakersFound = fixture.speakers.filter((x) => names.has(x.name.toLowerCase())).length / fixture.speakers.length;
    return { ...s, speakersFound };
  });
  const total = scores.reduce(
    (t, s) => ({ expected: t.expected + s.expected, detected: t.detected + s.detected, matched: t.matched + s.matched, attributed: t.attributed + s.attributed }),
    { expected: 0, detected: 0, matched: 0, attributed: 0 },
  );
  const overall = {
    precision: total.matched / total.detected,
    recall: total.matched / total.expected,
    attribution: total.attributed / total.matched,
  };
  const pct = (n: number) => n.toFixed(2);
  console.log(
    [
      'fixture                        segs  found  prec   rec  attrib  grouping  speakers',
      ...scores.map(
        (s) =>
          `${s.name.padEnd(30)} ${String(s.expected).padStart(4)} ${String(s.detected).padStart(6)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.attributionAccuracy)}    ${s.groupingOk ? 'ok  ' : 'BAD '}      ${pct(s.speakersFound)}`,
      ),
      `${'OVERALL'.padEnd(30)} ${String(total.expected).padStart(4)} ${String(total.detected).padStart(6)}  ${pct(overall.precision)}  ${pct(overall.recall)}  ${pct(overall.attribution)}`,
      ...scores.flatMap((s) => s.misses.map((m) => `  ${s.name}: ${m}`)),
    ].join('\n'),
  );

  it('has at least six labelled fixtures of its own', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it('finds quote segments with precision and recall of at least 0.9 overall', () => {
    expect(overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('attributes at least 0.85 of the segments it finds to the labelled speaker', () => {
    expect(overall.attribution).toBeGreaterThanOrEqual(0.85);
  });

  it('groups run-on quotations as labelled', () => {
    expect(scores.filter((s) => !s.groupingOk).map((s) => s.name)).toEqual([]);
  });
});

describe('quotation marks', () => {
  const spans = (p: string) => detectQuotes([p]).quotes.map((q) => q.segments.map((s) => s.text));

  it('does not read apostrophes as quotation marks', () => {
    expect(spans('The Taliban’s return and the US’s withdrawal, it’s said, don\'t help the Smiths’ business.')).toEqual([]);
  });

  it('keeps a nested single quotation inside its double one', () => {
    expect(spans('“He told me, ‘Don’t come back,’ and left,” she said.')).toEqual([['He told me, ‘Don’t come back,’ and left,']]);
  });

  it('pairs straight marks and does not take inches for a quote', () => {
    expect(spans('He bought a 12" screen. "It was cheap," he said.')).toEqual([['It was cheap,']]);
  });

  it('joins a run-on quotation and marks one that never closes', () => {
    const d = detectQuotes(['“First part of it.', '“Second part,” he said.', '“This one never ends.', 'Plain copy follows.']);
    expect(d.quotes.map((q) => [q.segments.length, q.unclosed])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(d.quotes[1].segments[0].text).toBe('This one never ends.');
  });

  it('reads British single-mark quotations with double marks nested inside', () => {
    expect(spans("'I said \"no\" twice,' Mrs Carter said. 'The neighbours' gardens are fine.'")).toEqual([
      ['I said "no" twice,'],
      ["The neighbours' gardens are fine."],
    ]);
  });

  it('ends a quote that is never closed where the next one opens', () => {
    const d = detectQuotes(['“We will win, he said. “Nobody doubts it,” she replied.']);
    expect(d.quotes.map((q) => [q.segments[0].text, q.unclosed])).toEqual([
      ['We will win, he said.', true],
      ['Nobody doubts it,', false],
    ]);
  });
});

describe('speakers', () => {

  it('uses the directory’s name and id for a speaker it recognises', () => {
    const known = [
      speaker({ id: 'imdad-qazi-cpp', name: 'Imdad Qazi', role: 'general secretary', laterReference: 'Mr Qazi', pronoun: 'he' }),
      speaker({ id: 'hua-chunying', name: 'Hua Chunying', laterReference: 'Ms Hua', pronoun: 'she' }),
    ];
    const d = detectQuotes(seedParagraphs(), { knownSpeakers: known });
    expect(d.quotes.map((q) => q.speaker?.key)).toEqual(['imdad-qazi-cpp', 'imdad-qazi-cpp', 'imdad-qazi-cpp', 'hua-chunying', 'hua-chunying']);
  });

  it('resolves a bare later reference to the directory when the story never gives the full name', () => {
    const known = [speaker({ id: 'jo-bloggs', name: 'Joanne Bloggs', laterReference: 'Ms Bloggs', pronoun: 'she' })];
    const d = detectQuotes(['“We are delighted,” Ms Bloggs said.'], { knownSpeakers: known });
    expect(d.quotes[0].speaker).toEqual({ name: 'Joanne Bloggs', key: 'jo-bloggs' });
  });

  it('switches pronouns between a man and a woman', () => {
    const d = detectQuotes([
      'Mr Ahmed Khan, the mayor, met Ms Sara Lind, the council’s finance chief, on Monday.',
      '“We have no money left,” she said. “None at all.”',
      '“Then we must borrow,” he replied.',
    ]);
    expect(d.quotes.map((q) => q.speaker?.name)).toEqual(['Sara Lind', 'Sara Lind', 'Ahmed Khan']);
  });

  it('gives a title or a so-called phrase no speaker', () => {
    const d = detectQuotes(['The minister said the so-called “peace plan” was dead, and went to see the film “Barbie”.']);
    expect(d.quotes.map((q) => [q.segments[0].text, q.speaker, q.confidence < 0.5])).toEqual([
      ['peace plan', null, true],
      ['Barbie', null, true],
    ]);
  });
});

describe('performance', () => {
  // Its speed is a figure of `npm run bench` (quotes rows), never a threshold here: machines are noisy.
  it('detects every quote of a 5,000-word story, the same on every run', () => {
    const story = sampleStory(5_000);
    const result = benchDetection(story, () => performance.now(), 2);
    expect(result.detection.quotes.length).toBeGreaterThan(100);
    expect(detectQuotes(story)).toEqual(result.detection);
  });
});
