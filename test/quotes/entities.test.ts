// Round 3 of issue 15: who a cue's subject is, read against the story's table of people and bodies
// (people.ts) and the clause a quote sits in (clauses.ts), not the last speaker named. Every case is in
// made-up words of its own, none copied from any held-out story; each failed before its fix.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';

const said = (paragraphs: string[]) => detectQuotes(paragraphs).quotes.map((q) => [q.segments.map((s) => s.text).join(' ¶ '), q.speaker?.name ?? null]);
const speakerOf = (paragraphs: string[], quote: string): string | null => {
  const q = said(paragraphs).find((x) => x[0] === quote);
  return q ? q[1] : 'not found';
};

describe('a partial quote inside reported speech belongs to the reporting clause, not to a clause inside it', () => {
  it('gives the second partial after "said … and that the operator had promised …" to the speaker, not the operator', () => {
    const story = [
      'The Ferry Users’ Group has written to the minister about the timetable.',
      'Its secretary, Moira Kettle, said passengers were “fed up” and that the operator had promised a fix “before Easter”.',
    ];
    expect(speakerOf(story, 'fed up')).toBe('Moira Kettle');
    expect(speakerOf(story, 'before Easter')).toBe('Moira Kettle');
  });

  it('gives words a document "says" others should use to the document, not to those told to use them', () => {
    const story = [
      'Pellow Energy has been criticised over its handling of a billing error, first reported by the Dunmore Post.',
      'A leaked briefing says call-centre staff should tell customers that "the fault has been fixed" even where it has not.',
    ];
    expect(String(speakerOf(story, 'the fault has been fixed'))).toMatch(/briefing/u);
  });

  // A guard (held before): a named person's words reported by a body stay that person's.
  it('keeps "the agency reported that Minister Aled Pryce had told the meeting “…”" with Aled Pryce', () => {
    const story = ['The state news agency reported that Fisheries Minister Aled Pryce had told the meeting the quota was “a death sentence” for the fleet.'];
    expect(speakerOf(story, 'a death sentence')).toBe('Aled Pryce');
  });
});

describe('an unnamed person a sentence opens with is the one "he" or "she" means next, never the person named before', () => {
  it('gives "she said" after "A senior figure at a neighbouring council, who asked not to be named, …" to that figure', () => {
    const story = [
      'Councillor Ruth Abara defended the scheme. “It will pay for itself within five years,” she said.',
      'A senior figure at a neighbouring council, who asked not to be named, doubted the sums. “Nobody in local government believes those numbers,” she said.',
    ];
    expect(speakerOf(story, 'It will pay for itself within five years,')).toBe('Ruth Abara');
    expect(String(speakerOf(story, 'Nobody in local government believes those numbers,'))).toMatch(/senior figure at a neighbouring council/u);
  });

  it('gives "she said" after "One patient was less impressed." to the patient, not the doctor quoted before', () => {
    const story = [
      'Dr Ewan Petrie, who runs the practice, said waiting times had halved. “We see most people within a week,” Dr Petrie said.',
      'One patient was less impressed. “I waited three weeks for a call back,” she said.',
    ];
    expect(speakerOf(story, 'We see most people within a week,')).toBe('Ewan Petrie');
    expect(String(speakerOf(story, 'I waited three weeks for a call back,'))).toMatch(/patient/u);
  });

  it('gives a partial after "A former deckhand, who asked not to be named, said …" to the deckhand', () => {
    const story = [
      'Skipper Rhodri Vance fished out of Porthmell for forty years.',
      'A former deckhand, who asked not to be named, said Mr Vance could be “as cold as the sea” with new hands.',
    ];
    expect(String(speakerOf(story, 'as cold as the sea'))).toMatch(/former deckhand/u);
  });

  // A guard: "A man was arrested" names nobody who speaks; "he said" stays with the officer quoted before.
  it('keeps "he said" with the named officer after "A man was arrested"', () => {
    const story = [
      'Det Insp Carl Wendt said officers had searched two houses. “We are grateful for the calls we have had,” he said.',
      'A man was arrested at the scene. “We are not looking for anyone else,” he said.',
    ];
    expect(speakerOf(story, 'We are not looking for anyone else,')).toBe('Carl Wendt');
  });
});
