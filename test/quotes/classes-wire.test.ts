// Round 10 of issue 15: name forms and cues in international wire copy. Each case in made-up words
// of its own, none from a held-out story; each failed before its fix unless marked as a guard.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';

const said = (paragraphs: string[]) => detectQuotes(paragraphs).quotes.map((q) => [q.segments.map((s) => s.text).join(' ¶ '), q.speaker?.name ?? null]);
const speakers = (paragraphs: string[]) => said(paragraphs).map((q) => q[1]);

describe('1. "the agency said" after the story named one body of that kind', () => {
  it('gives "the agency said" to the Superintendency of the Environment', () => {
    expect(
      speakers([
        'The Superintendency of the Environment fined the mine operator on Tuesday after a tailings leak into the river.',
        '“The company failed to report the spill within the legal period,” the agency said in a statement.',
      ]),
    ).toEqual(['Superintendency of the Environment']);
  });
  it('gives "the superintendency said" to the same body', () => {
    expect(
      speakers([
        'The Superintendency of the Environment fined the mine operator on Tuesday.',
        '“The fine is the largest we have imposed,” the superintendency said.',
      ]),
    ).toEqual(['Superintendency of the Environment']);
  });
  // A guard: held before this round.
  it('gives "the university said" to the University of Leeds', () => {
    expect(
      speakers([
        'Researchers at the University of Leeds found the birds had moved north by forty kilometres.',
        '“This is a clear signal of a warming climate,” the university said.',
      ]),
    ).toEqual(['University of Leeds']);
  });
  it('gives "the paper said" and "the newspaper said" to the Daily Record', () => {
    expect(
      speakers([
        'The Daily Record reported on Friday that the mayor had sold his shares.',
        '“We stand by our reporting,” the paper said. “Every figure was checked twice,” the newspaper said.',
      ]),
    ).toEqual(['Daily Record', 'Daily Record']);
  });
  // A guard: held before this round.
  it('gives "the ministry said" to the Ministry of Health when it is the one ministry named', () => {
    expect(
      speakers([
        'The Ministry of Health confirmed 40 new cases in the northern province.',
        '“All of the patients are in a stable condition,” the ministry said.',
      ]),
    ).toEqual(['Ministry of Health']);
  });
  // A guard: held before this round.
  it('gives "the court said" to the last court named as a subject when two are named', () => {
    expect(
      speakers([
        'The case began at the Regional Court of Salta, which rejected the appeal in March.',
        'The Supreme Court of Justice then ruled against the families on Thursday.',
        '“The petitioners did not show harm,” the court said.',
      ]),
    ).toEqual(['Supreme Court of Justice']);
  });
});

describe('2. acronyms after the full name', () => {
  it('gives "the WADA said" to the World Anti-Doping Agency (WADA)', () => {
    expect(
      speakers([
        'The World Anti-Doping Agency (WADA) has opened an inquiry into the laboratory.',
        '“We will follow the evidence wherever it leads,” the WADA said.',
      ]),
    ).toEqual(['World Anti-Doping Agency']);
  });
  it('gives "The IAAF, which …, said" to the body whose initials match', () => {
    expect(
      speakers([
        'The International Association of Athletics Federations has suspended the federation.',
        'The IAAF, which governs the sport worldwide, said: “The suspension stands until the audit is done.”',
      ]),
    ).toEqual(['International Association of Athletics Federations']);
  });
  // A guard: held before this round.
  it('leaves an acronym the story never defines as written', () => {
    expect(
      speakers([
        'The contract was awarded in May.',
        '“We are reviewing the award,” the OGC said.',
      ]),
    ).toEqual(['OGC']);
  });
});

describe('3. compound surnames', () => {
  // A guard: held before this round.
  it('gives "Ms Iglesias Roca" to Marta Iglesias Roca', () => {
    expect(
      speakers([
        'Marta Iglesias Roca, a nurse at the clinic, spoke to reporters on Monday.',
        '“We ran out of saline by noon,” said Ms Iglesias Roca.',
      ]),
    ).toEqual(['Marta Iglesias Roca']);
  });
  it('gives "de la Cruz said" to Ramón de la Cruz', () => {
    expect(
      speakers([
        'The mayor, Ramón de la Cruz, opened the bridge on Saturday.',
        '“It took eleven years, but it is here,” de la Cruz said.',
      ]),
    ).toEqual(['Ramón de la Cruz']);
  });
  it('gives "Mr van der Berg" to Pieter van der Berg', () => {
    expect(
      speakers([
        'Pieter van der Berg, who farms near the dyke, watched the water rise.',
        '“I have never seen it this high,” said Mr van der Berg.',
      ]),
    ).toEqual(['Pieter van der Berg']);
  });
});

describe('4. names with lower-case particles and numerals', () => {
  it('reads "Il Giornale di Campobasso said" as one name', () => {
    expect(
      speakers([
        'The mayor resigned on Monday.',
        '“The council has been in crisis for months,” Il Giornale di Campobasso said.',
      ]),
    ).toEqual(['Il Giornale di Campobasso']);
  });
  // A guard: held before this round.
  it('reads "the University of Naples Federico II" as one name', () => {
    expect(
      speakers([
        'The University of Naples Federico II said on Tuesday: “The excavation will resume in spring.”',
      ]),
    ).toEqual(['University of Naples Federico II']);
  });
  it('reads "Banco de la Nación" as one name', () => {
    expect(
      speakers([
        '“Loans to farmers will be frozen until June,” Banco de la Nación said in a statement.',
      ]),
    ).toEqual(['Banco de la Nación']);
  });
});

// Found in review of round 10: each widening above must not take ordinary copy with it.
describe('guards found in review', () => {
  // A guard (it held before: the name reading drops the day-like given name): Sunday is no newspaper by itself.
  it('reads Sunday as a given name when no newspaper word ends the name', () => {
    const d = detectQuotes([
      'Sunday Dare, the sports minister, opened the stadium on Saturday.',
      '“This is a great day for the city,” Dare said.',
    ]);
    // (The day-like given name itself is still dropped: "Dare". Left for a later round.)
    expect(d.speakers.map((s) => s.kind)).toEqual(['person']);
  });
  it('keeps "the agency said" in wire copy off a Home Office or a prosecution service named before', () => {
    expect(
      speakers([
        'The Home Office confirmed on Monday that the scheme would close.',
        '“The scheme will not be renewed,” the agency said, citing a ministry official.',
      ]),
    ).not.toEqual(['Home Office']);
  });
});
