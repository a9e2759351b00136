import { describe, expect, it } from 'vitest';
import { checkQuotes, type TaggedQuote } from '../../src/shared/quotes/checks';
import { detectQuotes } from '../../src/shared/quotes/detect';
import { speaker } from './speaker-fixture';

const qazi = speaker({
  id: 'imdad-qazi',
  name: 'Imdad Qazi',
  role: 'general secretary',
  organisation: 'Communist Party of Pakistan',
  laterReference: 'Mr Qazi',
  pronoun: 'he',
});
const hua = speaker({ id: 'hua-chunying', name: 'Hua Chunying', role: 'spokeswoman', organisation: 'Chinese Foreign Ministry', laterReference: 'Ms Hua', pronoun: 'she' });

/** Tag every detected quote with the speaker id the test gives its number. */
function tagAll(paragraphs: string[], ids: Record<number, string | null>): TaggedQuote[] {
  return detectQuotes(paragraphs).quotes.map((q) => ({ quoteId: `q-${q.number}`, speakerId: ids[q.number] ?? null, segments: q.segments }));
}

const story = [
  'COMMUNIST PARTY OF PAKISTAN general secretary Imdad Qazi warned today of the serious consequences of the Taliban’s return to power.',
  '“This victory of the Taliban will give courage to their followers,” he said.',
  '“The democratic forces must reorganise,” Mr Qazi said.',
  'Chinese Foreign Ministry spokeswoman Hua Chunying said on Tuesday that the US leaves chaos wherever it goes.',
  '“The role of the US lies in destruction, not construction,” she said.',
];

describe('checkQuotes', () => {
  it('finds nothing wrong with a correctly tagged story', () => {
    const checks = checkQuotes({ paragraphs: story, tagged: tagAll(story, { 1: qazi.id, 2: qazi.id, 3: hua.id }), speakers: [qazi, hua] });
    expect(checks).toEqual([]);
  });

  it('flags a quote that opens and never closes, but not the run-on convention', () => {
    const paragraphs = ['“This runs on.', '“And closes here,” he said.', 'He said “this never closes.', 'Plain copy.', 'A stray mark” here.'];
    const checks = checkQuotes({ paragraphs, tagged: [], speakers: [] }).filter((c) => c.kind === 'unbalanced-marks');
    expect(checks.map((c) => [c.paragraph, c.start, paragraphs[c.paragraph][c.start]])).toEqual([
      [2, 8, '“'],
      [4, 12, '”'],
    ]);
    expect(checks[0].message).toMatch(/never closes/u);
    expect(checks[1].message).toMatch(/no opening mark/u);
  });

  it('flags a tagged quote with no speaker, at the quote', () => {
    const checks = checkQuotes({ paragraphs: story, tagged: tagAll(story, { 1: qazi.id, 2: qazi.id }), speakers: [qazi, hua] });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ kind: 'no-speaker', quoteId: 'q-3', paragraph: 4, start: 1 });
    expect(checks[0].message).toContain('The role of the US');
  });

  it('flags a first reference without the full name, and one without the role', () => {
    const paragraphs = ['Mr Qazi warned of the consequences.', 'Imdad Qazi, general secretary, spoke later.', '“We must act,” Mr Qazi said.'];
    const checks = checkQuotes({ paragraphs, tagged: tagAll(paragraphs, { 1: qazi.id }), speakers: [qazi] });
    expect(checks.map((c) => [c.kind, c.paragraph, paragraphs[c.paragraph].slice(c.start, c.end)])).toEqual([
      ['first-reference-incomplete', 0, 'Mr Qazi'],
    ]);

    const noRole = ['Imdad Qazi warned of the consequences.', '“We must act,” Mr Qazi said.'];
    const roleChecks = checkQuotes({ paragraphs: noRole, tagged: tagAll(noRole, { 1: qazi.id }), speakers: [qazi] });
    expect(roleChecks.map((c) => c.kind)).toEqual(['first-reference-incomplete']);
    expect(roleChecks[0].message).toContain('general secretary');
  });

  it('flags later references in a form other than the directory’s', () => {
    const paragraphs = [...story, 'Qazi later added that Imdad would travel to Beijing, where Mrs Qazi lives.', '“No comment,” said Ms Hua.'];
    const checks = checkQuotes({ paragraphs, tagged: tagAll(paragraphs, { 1: qazi.id, 2: qazi.id, 3: hua.id, 4: hua.id }), speakers: [qazi, hua] });
    expect(checks.map((c) => [c.kind, paragraphs[c.paragraph].slice(c.start, c.end)])).toEqual([
      ['later-reference-form', 'Qazi'],
      ['later-reference-form', 'Imdad'],
      ['later-reference-form', 'Mrs Qazi'],
    ]);
    expect(checks[0].message).toBe('“Qazi” should be “Mr Qazi” after the first reference to Imdad Qazi.');
  });

  it('flags a quoted speaker the story never names, ignoring names inside quotes', () => {
    const paragraphs = ['“Hua Chunying is wrong,” a diplomat said.'];
    const checks = checkQuotes({ paragraphs, tagged: tagAll(paragraphs, { 1: hua.id }), speakers: [hua] });
    expect(checks.map((c) => [c.kind, c.speakerId, c.quoteId])).toEqual([['speaker-not-named', 'hua-chunying', 'q-1']]);
  });

  describe('names spelt differently in the directory and the copy', () => {
    // The directory was typed on a keyboard; the copy came through Word.
    const obrien = speaker({
      id: 'sinead-obrien',
      name: "Sinead O'Brien",
      role: 'general secretary',
      organisation: 'Irish Nurses and Midwives Organisation',
      laterReference: "Ms O'Brien",
      pronoun: 'she',
    });
    const strike = [
      'Sinéad O’Brien, general secretary of the Irish Nurses and Midwives Organisation, said members had voted to strike.',
      '“We have no choice,” Ms O’Brien said.',
    ];

    it('finds the speaker named with an accent and a curly apostrophe', () => {
      expect(checkQuotes({ paragraphs: strike, tagged: tagAll(strike, { 1: obrien.id }), speakers: [obrien] })).toEqual([]);
    });

    it('finds the name with its accent typed as e + combining acute and a no-break space', () => {
      const paragraphs = ['Sine\u0301ad\u00a0O’Brien, general secretary of the union, said members had voted to strike.', strike[1]];
      expect(checkQuotes({ paragraphs, tagged: tagAll(paragraphs, { 1: obrien.id }), speakers: [obrien] })).toEqual([]);
    });

    it('points at the name as the copy writes it, and at the right characters', () => {
      const paragraphs = [
        'Ms O’Brien warned that wards in Cork and Limerick were already short of staff.',
        ...strike,
        'Zoë Ní Chonaill, a staff nurse, backed the strike; O’Brien’s deputy will lead talks.',
      ];
      const checks = checkQuotes({ paragraphs, tagged: tagAll(paragraphs, { 1: obrien.id }), speakers: [obrien] });
      expect(checks.map((c) => [c.kind, c.paragraph, paragraphs[c.paragraph].slice(c.start, c.end)])).toEqual([
        ['first-reference-incomplete', 0, 'Ms O’Brien'],
        ['later-reference-form', 3, 'O’Brien'],
      ]);
      expect(checks[0].message).toBe("Sinead O'Brien is first named as “Ms O’Brien”; the first reference should give the full name and role.");
      expect(checks[1].message).toBe("“O’Brien” should be “Ms O'Brien” after the first reference to Sinead O'Brien.");
    });

    it('still tells a surname from the same word in lower case', () => {
      const said = speaker({ id: 'amira-said', name: 'Amira Said', role: 'economist', organisation: 'Resolution Foundation', pronoun: 'she' });
      const rose = speaker({ id: 'hannah-rose', name: 'Hannah Rose', role: 'chief executive', organisation: 'British Retail Consortium', pronoun: 'she' });
      const paragraphs = [
        'Food prices rose again in March, the Office for National Statistics said.',
        '“Inflation is proving sticky,” one economist said.',
        '“Shoppers are trading down,” a retail boss added, as young families cut back.',
      ];
      const checks = checkQuotes({ paragraphs, tagged: tagAll(paragraphs, { 1: said.id, 2: rose.id }), speakers: [said, rose] });
      expect(checks.map((c) => [c.kind, c.speakerId])).toEqual([
        ['speaker-not-named', 'amira-said'],
        ['speaker-not-named', 'hannah-rose'],
      ]);
    });
  });

  it('flags a tag pointing at a speaker who is not in the directory', () => {
    const checks = checkQuotes({ paragraphs: story, tagged: tagAll(story, { 1: qazi.id, 2: qazi.id, 3: 'nobody-here' }), speakers: [qazi, hua] });
    expect(checks.map((c) => [c.kind, c.speakerId])).toEqual([['no-speaker', 'nobody-here']]);
  });
});

describe('checkQuotes against the source material', () => {
  const paragraphs = ['Imdad Qazi, general secretary of the Communist Party of Pakistan, spoke on Monday.', '“We will never give up the fight for democracy,” Mr Qazi said.'];
  const tagged = tagAll(paragraphs, { 1: qazi.id });
  const notes = { id: 'notes-1', label: 'Interview notes', text: 'Qazi: We will never give up our fight for democracy in Pakistan, whatever happens.' };
  const exact = { id: 'notes-2', label: 'Transcript', text: 'Qazi: We will never give up the fight for democracy, whatever happens.' };

  it('lists a quote that differs from its source, as the quotes panel shows it', () => {
    const checks = checkQuotes({ paragraphs, tagged, speakers: [qazi], sources: [notes] });
    expect(checks.map((c) => [c.kind, c.paragraph, c.quoteId])).toEqual([['differs-from-source', 1, 'q-1']]);
    expect(checks[0].message).toContain('Interview notes');
  });

  it('says nothing of a quote that matches its source, or one the sub has checked by hand', () => {
    expect(checkQuotes({ paragraphs, tagged, speakers: [qazi], sources: [exact] })).toEqual([]);
    const record = { id: 'q-1', verifiedText: null, checkedByHand: { note: 'confirmed by phone', at: '2026-12-07T08:00:00.000Z' } };
    expect(checkQuotes({ paragraphs, tagged, speakers: [qazi], sources: [notes], records: [record] })).toEqual([]);
  });

  it('lists a quote changed since the sub checked it', () => {
    const record = { id: 'q-1', verifiedText: 'We will not give up,', checkedByHand: null };
    const checks = checkQuotes({ paragraphs, tagged, speakers: [qazi], records: [record] });
    expect(checks.map((c) => c.kind)).toEqual(['changed-since-check']);
  });
});
