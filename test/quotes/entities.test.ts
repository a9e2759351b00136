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

describe('a body speaks through "which found that …" and through "it"', () => {
  it('gives a partial after "the Ombudsman, which found that staff had …" to the Ombudsman', () => {
    const story = ['The council has been ordered to repay £4,000 by the Housing Ombudsman, which found that staff had “ignored clear warnings” about damp in the flat.'];
    expect(speakerOf(story, 'ignored clear warnings')).toBe('Housing Ombudsman');
  });

  it('gives a partial after "weeks after it first told customers …" to the body the sentence is about', () => {
    const story = ['The Harlow Savings Society has admitted that thieves took the details of 20,000 savers, a month after it first told customers there had been “a technical fault” on its website.'];
    expect(speakerOf(story, 'a technical fault')).toBe('Harlow Savings Society');
  });

  it('gives "it said it “…”" in the paragraph after a body was the subject to that body', () => {
    const story = [
      'The Dunmere Water Company was fined £2m on Tuesday after sewage was found in the river on forty days last summer.',
      'In a statement, it said it “deeply regrets” the spills and would spend £30m on new storage tanks.',
    ];
    expect(speakerOf(story, 'deeply regrets')).toBe('Dunmere Water Company');
  });

  // A guard: "it" after a person was the last subject is nobody's.
  it('leaves "it said" without a speaker when a person, not a body, was the last subject', () => {
    const story = [
      'The Dunmere Water Company was fined £2m on Tuesday. Its chief executive, Nadia Frost, apologised to customers.',
      'Later it said the fine was “fair”.',
    ];
    expect(speakerOf(story, 'fair')).not.toBe('Dunmere Water Company');
  });
});

describe('a definite description by age or nationality is the person the story gave that age or nationality', () => {
  it('gives "the 24-year-old told …" to the player introduced as "Dele Amadi, 24,", not the manager quoted before', () => {
    const story = [
      'Rovers have signed striker Dele Amadi, 24, from Falkirk on a three-year deal.',
      'Manager Iain Corr said he had wanted Amadi since the summer. “He scores all kinds of goals,” Corr said.',
      '“It is a big step for me and my family,” the 24-year-old told the club website.',
    ];
    expect(speakerOf(story, 'It is a big step for me and my family,')).toBe('Dele Amadi');
  });

  it('gives "the Brazilian said" to the player introduced as "Brazilian midfielder Caio Ramos"', () => {
    const story = ['Brazilian midfielder Caio Ramos has joined Hearts on loan. Hearts boss Nils Berg said the deal had taken weeks.', '“I am here to win things,” the Brazilian said.'];
    expect(speakerOf(story, 'I am here to win things,')).toBe('Caio Ramos');
  });

  it('gives "said the Spaniard" to the one Spanish player the story named', () => {
    const story = ['Spanish defender Iker Lasa, 29, has left for Sevilla. Coach Ben Hollis was sorry to see him go.', '“I will always love this club,” said the Spaniard.'];
    expect(speakerOf(story, 'I will always love this club,')).toBe('Iker Lasa');
  });

  it('leaves "the 30-year-old said" without a speaker when two people are 30', () => {
    const story = ['Striker Joe Kane, 30, and keeper Sam Orr, 30, have both signed new deals.', '“I never wanted to leave,” the 30-year-old said.'];
    expect(speakerOf(story, 'I never wanted to leave,')).toBeNull();
  });
});

// Classes the first run of session-aside-2 showed, each in other words (that set is no longer unseen after these).
describe('classes from the first run of session-aside-2', () => {
  it('does not file a capitalised "Former" opening the sentence as a speaker: "Former apprentice Dylan Shaw … said:"', () => {
    const story = ['Former apprentice Dylan Shaw, now a site manager in Leeds, said: “She taught me how to read a drawing and how to argue with an architect.”'];
    expect(speakerOf(story, 'She taught me how to read a drawing and how to argue with an architect.')).toBe('Dylan Shaw');
  });

  it('gives a partial after "remembered her as" to the one remembering', () => {
    const story = ['Mabel Orchard ran the post office in Hinton for 40 years.', 'Her nephew, Clive Orchard, remembered her as “sharp, kind and nosy”.'];
    expect(speakerOf(story, 'sharp, kind and nosy')).toBe('Clive Orchard');
  });

  it('gives a verdict after "called the strike “…”" to the caller when the words end in an adjective', () => {
    const story = ['The rail operator Wessex Trains said services would be cut by half. It called the strike “reckless and wholly unnecessary”.'];
    expect(speakerOf(story, 'reckless and wholly unnecessary')).toBe('Wessex Trains');
  });

  it('gives a partial after "said the readings confirmed “…”" to the one who said it', () => {
    const story = ['The Met Office said the readings confirmed “a clear warming trend” over the past decade.'];
    expect(speakerOf(story, 'a clear warming trend')).toBe('Met Office');
  });

  it('gives "he said" after "A haulier from Hull, speaking from his cab, said …" to the haulier, not the man named before', () => {
    const story = [
      '“We will not move until the minister meets us,” said Gareth Lowe, who organised the protest.',
      'A haulier from Hull, speaking from his cab on the slip road, said he had been stuck for five hours. “I have a load of fish going off in the back,” he said.',
    ];
    expect(speakerOf(story, 'We will not move until the minister meets us,')).toBe('Gareth Lowe');
    expect(String(speakerOf(story, 'I have a load of fish going off in the back,'))).toMatch(/haulier from Hull/u);
  });
});

describe('a speaker does not call himself "he": a quote opening with the cue\'s own pronoun is about somebody else', () => {
  it('gives "“He is a natural finisher,” he said" after a sentence about the player to the manager quoted before, not the player', () => {
    const story = [
      'Manager Iain Corr said he was delighted to have signed Dele Amadi. “We have watched him for two years,” Corr said.',
      'Amadi scored twice on his debut against Arbroath on Saturday.',
      '“He is a natural finisher. You cannot teach that,” he said.',
    ];
    expect(speakerOf(story, 'He is a natural finisher. You cannot teach that,')).toBe('Iain Corr');
  });

  // A guard: the speaker of the quote before goes on speaking about somebody else.
  it('keeps a run of "“He …,” he said" with the man who was already speaking', () => {
    const story = [
      'Amadi scored twice on his debut against Arbroath on Saturday.',
      'Manager Iain Corr was full of praise. “He is a natural finisher,” he said. “He will get twenty goals this season,” he added.',
    ];
    expect(speakerOf(story, 'He is a natural finisher,')).toBe('Iain Corr');
    expect(speakerOf(story, 'He will get twenty goals this season,')).toBe('Iain Corr');
  });
});

describe('what a relative clause or a body as subject tells the table', () => {
  it('gives "the chairman said" to the councillor "who chairs the planning committee"', () => {
    const story = [
      'Cllr Ravi Mehta, who chairs the planning committee, opened the meeting. Objector Sue Dunn spoke for five minutes.',
      '“We have to judge this on planning grounds alone,” the chairman said.',
    ];
    expect(speakerOf(story, 'We have to judge this on planning grounds alone,')).toBe('Ravi Mehta');
  });

  it('gives "they said" to the commission that opened the sentence before', () => {
    const story = ['Polls closed at six. The electoral commission has not yet published any results. They said counting would take “at least three days”.'];
    expect(String(speakerOf(story, 'at least three days'))).toMatch(/electoral commission/u);
  });
});

describe('"the former Celtic man" is the one person the story linked to Celtic', () => {
  it('gives "the former Celtic man told reporters" to the striker who joined from Celtic, not the manager named after him', () => {
    const story = [
      'Striker Callum Reid, 26, has joined Dundee from Celtic for an undisclosed fee. Dundee boss Gary Frew said Reid had been a target all summer.',
      '“I just want to play football every week,” the former Celtic man told reporters.',
    ];
    expect(speakerOf(story, 'I just want to play football every week,')).toBe('Callum Reid');
  });

  it('leaves the quote without a speaker when nobody in the story is linked to the club', () => {
    const story = ['Dundee boss Gary Frew said the window had been quiet.', '“I just want to play every week,” the former Rangers man told reporters.'];
    expect(speakerOf(story, 'I just want to play every week,')).toBeNull();
  });
});

describe('a subject with a relative clause and no commas', () => {
  it('gives "Inspectors who spent a week at the prison wrote that “…”" to the inspectors', () => {
    const story = ['Inspectors who spent a week at Hollowmere prison in March wrote that “staff had lost control of two wings for most of the evening”.'];
    expect(String(speakerOf(story, 'staff had lost control of two wings for most of the evening'))).toMatch(/^inspectors$/iu);
  });

  it('gives "The judge who heard the case said …" to the judge, not the defendant named before', () => {
    const story = ['Darren Pike, 41, was jailed for six years.', 'The judge who heard the case at Exeter Crown Court said Pike had shown “not a flicker of remorse”.'];
    expect(String(speakerOf(story, 'not a flicker of remorse'))).toMatch(/judge/u);
  });
});
