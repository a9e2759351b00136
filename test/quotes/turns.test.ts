// Interview transcripts (issue 15: "answers in Q&A interviews"): each
// paragraph opening with a speaker label and a colon is that speaker's
// quotation; copy that only looks like one (furniture, colon intros,
// credits, times) gains nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCliIfStale, galley } from '../cli/run-cli';
import { detectQuotes, type Detection } from '../../src/shared/quotes/detect';
import { checkQuotes } from '../../src/shared/quotes/checks';
import { findTurns } from '../../src/shared/quotes/turns';
import { SURNAMES } from './transcript-story';

const said = (d: Detection) => d.quotes.map((q) => [q.segments.map((s) => s.text).join(' / '), q.speaker?.name ?? null]);


describe('transcript turns', () => {
  it('gives each answer to the interviewee named in the intro, and each question to the publication', () => {
    const d = detectQuotes(SURNAMES);
    expect(said(d)).toEqual([
      ['Six years is a long time. Why did it take so long?', 'NewsCommons'],
      ['Honestly, we thought it would take three. The river had other ideas. / The silt moved every winter, and every winter we redrew the piers.', 'Ioana Petrescu'],
      ['What comes next?', 'NewsCommons'],
      ['A rest, I hope. Then the rail link.', 'Ioana Petrescu'],
    ]);
    expect(d.quotes.every((q) => q.reason === 'transcript-turn' && !q.unclosed && !q.partial)).toBe(true);
    expect(d.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Ioana Petrescu', 'person'],
      ['NewsCommons', 'publication'],
    ]);
  });

  it('puts each turn’s text at its offsets after the label, and a continuation paragraph in the same quotation', () => {
    const d = detectQuotes(SURNAMES);
    for (const q of d.quotes) for (const s of q.segments) expect(SURNAMES[s.paragraph].slice(s.start, s.end)).toBe(s.text);
    expect(d.quotes[1].segments.map((s) => s.paragraph)).toEqual([3, 4]);
    expect(d.quotes[1].segments[0].start).toBe('Petrescu: '.length);
  });

  it('leaves the narrative after the last turn alone', () => {
    const d = detectQuotes(SURNAMES);
    expect(d.quotes.some((q) => q.segments.some((s) => s.paragraph === 7))).toBe(false);
  });

  it('reads full names as labels, and an interviewer named in full as that person', () => {
    const d = detectQuotes([
      'The reporter Maya Lindqvist interviewed the beekeeper Tomasz Wolski at his hives near Lublin.',
      'Maya Lindqvist: How many colonies did you lose this winter?',
      'Tomasz Wolski: Eleven of forty. That is the worst year I have known.',
      'Maya Lindqvist: And the cause?',
      'Tomasz Wolski: Varroa, mostly. And a wet spring.',
    ]);
    expect(said(d)).toEqual([
      ['How many colonies did you lose this winter?', 'Maya Lindqvist'],
      ['Eleven of forty. That is the worst year I have known.', 'Tomasz Wolski'],
      ['And the cause?', 'Maya Lindqvist'],
      ['Varroa, mostly. And a wet spring.', 'Tomasz Wolski'],
    ]);
  });

  it('reads Q as the interviewer and A as the interviewee the intro names', () => {
    const d = detectQuotes([
      'The Harbour Gazette spoke to Aled Pryce, the new harbourmaster, about the summer season.',
      'Q: Are the moorings full?',
      'A: Every one of them, and a waiting list of forty boats.',
      'Q: Will the fees rise?',
      'A: Not this year.',
    ]);
    expect(said(d)).toEqual([
      ['Are the moorings full?', 'Harbour Gazette'],
      ['Every one of them, and a waiting list of forty boats.', 'Aled Pryce'],
      ['Will the fees rise?', 'Harbour Gazette'],
      ['Not this year.', 'Aled Pryce'],
    ]);
    expect(d.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Harbour Gazette', 'publication'],
      ['Aled Pryce', 'person'],
    ]);
  });

  // Found in review: a house explainer in Q and A form gave every answer to the one person the intro named.
  it('reads Q and A with no interview in the intro as the paper\'s own explainer: no quotations, no speakers', () => {
    const d = detectQuotes([
      'Chancellor Rachel Reeves set out the budget on Wednesday.',
      'Q: What changes?',
      'A: From April, the personal allowance rises.',
      'Q: Who gains most?',
      'A: Those on lower incomes.',
    ]);
    expect(d.quotes).toEqual([]);
    expect(d.speakers).toEqual([]);
  });

  it('does not detect a turn twice when its words are in quotation marks', () => {
    const d = detectQuotes([
      'NewsCommons spoke to Ioana Petrescu by telephone on Monday.',
      'NewsCommons: Why did it take so long?',
      'Petrescu: “We thought it would take three.”',
      'NewsCommons: And now?',
      'Petrescu: Now we rest.',
    ]);
    expect(said(d)).toEqual([
      ['Why did it take so long?', 'NewsCommons'],
      ['We thought it would take three.', 'Ioana Petrescu'],
      ['And now?', 'NewsCommons'],
      ['Now we rest.', 'Ioana Petrescu'],
    ]);
  });

  it('gives a quotation inside an answer its own detection, apart from the turn', () => {
    const d = detectQuotes([
      'NewsCommons spoke to Ioana Petrescu by telephone on Monday.',
      'NewsCommons: What did the ministry say?',
      'Petrescu: The minister called it “a national priority” and then cut the budget.',
      'NewsCommons: And now?',
      'Petrescu: Now we rest.',
    ]);
    const texts = d.quotes.map((q) => q.segments[0].text);
    expect(texts).toContain('The minister called it “a national priority” and then cut the budget.');
    expect(texts).toContain('a national priority');
    expect(d.quotes.find((q) => q.segments[0].text.startsWith('The minister'))?.speaker?.name).toBe('Ioana Petrescu');
  });

  it('reads a paragraph with quotation marks of its own between turns as narrative, not the answer going on', () => {
    const d = detectQuotes([
      'NewsCommons spoke to Ioana Petrescu by telephone on Monday.',
      'NewsCommons: Who made the new chain?',
      'Petrescu: A retired engineer, Len Oduya. He drove up with the drawings.',
      'Oduya, 78, said he had not expected to work again. “I told my wife it would be one afternoon,” he said.',
      'NewsCommons: And now?',
      'Petrescu: Now we rest.',
    ]);
    expect(said(d)).toEqual([
      ['Who made the new chain?', 'NewsCommons'],
      ['A retired engineer, Len Oduya. He drove up with the drawings.', 'Ioana Petrescu'],
      ['I told my wife it would be one afternoon,', 'Len Oduya'],
      ['And now?', 'NewsCommons'],
      ['Now we rest.', 'Ioana Petrescu'],
    ]);
  });

  it('raises no mark problem and no unnamed-speaker check for a tagged turn', () => {
    const d = detectQuotes(SURNAMES);
    const speakers = d.speakers.map((s) => ({ id: s.key, name: s.name, kind: s.kind, role: s.role, organisation: '', laterReference: s.kind === 'person' ? 'Ms Petrescu' : '', pronoun: null, notes: '' }));
    const checks = checkQuotes({
      paragraphs: SURNAMES,
      tagged: d.quotes.map((q, n) => ({ quoteId: `q${n}`, speakerId: q.speaker?.key ?? null, segments: q.segments })),
      speakers: speakers as never,
    });
    expect(checks.filter((c) => c.kind === 'unbalanced-marks' || c.kind === 'speaker-not-named' || c.kind === 'no-speaker')).toEqual([]);
    // The labels are the transcript's furniture, not later references in the wrong form.
    expect(checks.filter((c) => c.kind === 'later-reference-form')).toEqual([]);
  });
});

describe('copy that is not a transcript', () => {
  const none = (paragraphs: string[]) => {
    expect(findTurns(paragraphs)).toEqual([]);
    const before = detectQuotes(paragraphs).quotes.filter((q) => q.reason === 'transcript-turn');
    expect(before).toEqual([]);
  };

  it('ignores furniture paragraphs: Update, Note, Correction, Photo, Warning', () =>
    none([
      'Ferry services resume after storm',
      'Update: CalMac said on Tuesday that the Oban sailings would resume at noon.',
      'The storm closed the port for two days, stranding about 300 passengers.',
      'Note: This story was amended to correct the number of sailings.',
      'Update: The noon sailing left on time.',
      'Correction: An earlier version gave the wrong port.',
      'Photo: Passengers wait at the terminal.',
      'Warning: Some readers may find the images distressing.',
    ]));

  it('ignores a colon intro and a time of day', () =>
    none([
      'He said: we will not be moving the market.',
      'The council met at 10:30 on Monday. Its leader said: the vote stands.',
      'She said: the stalls stay where they are.',
      'He said: that is the end of it.',
    ]));

  it('ignores a list of credits, even with a role given twice', () =>
    none([
      'The film opens in Glasgow on Friday.',
      'Director: Lynne Ramsay',
      'Producer: Sarah Brocklehurst',
      'Writer: Alan Warner',
      'Producer: Ian Canning',
      'Music: Jonny Greenwood',
    ]));

  it('ignores a headline with a label and a single labelled paragraph', () =>
    none([
      'Interview: Ioana Petrescu on six years of the footbridge',
      'Petrescu: the engineer who would not give up',
      'Ioana Petrescu has spent six years on the footbridge.',
      'Bucharest: the city’s new crossing opens on Tuesday.',
    ]));

  it('ignores labels that never take turns: team line-ups', () =>
    none([
      'Rovers beat City 2-1 on Saturday.',
      'Rovers: Hale, Ortiz, Banks, Mensah, Clarke.',
      'City: Lowe, Grant, Abara, Fenn, Doyle.',
      'Referee: Paul Tierney.',
    ]));
});

describe('galley quotes FILE --json on a transcript', () => {
  it('reports each answer as the interviewee’s, with the reason transcript-turn', async () => {
    buildCliIfStale();
    const root = await mkdtemp(path.join(tmpdir(), 'galley-cli-turns-'));
    try {
      const file = path.join(root, 'footbridge.txt');
      await writeFile(file, SURNAMES.join('\n\n'));
      const run = await galley(['quotes', file, '--json'], { env: { GALLEY_LIBRARY: path.join(root, 'library') } });
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout) as { quotes: Array<{ segments: Array<{ text: string }>; speaker: { name: string } | null; reason: string }> };
      expect(out.quotes.map((q) => [q.segments[0].text, q.speaker?.name ?? null, q.reason])).toEqual([
        ['Six years is a long time. Why did it take so long?', 'NewsCommons', 'transcript-turn'],
        ['Honestly, we thought it would take three. The river had other ideas.', 'Ioana Petrescu', 'transcript-turn'],
        ['What comes next?', 'NewsCommons', 'transcript-turn'],
        ['A rest, I hope. Then the rail link.', 'Ioana Petrescu', 'transcript-turn'],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
