// Round 8 of issue 15: the speaker reported is the story's fullest form of that person, whichever
// shorter form the cue uses (surname alone, honorific and surname with or without a stop, a slip of
// spelling, the given name alone, a role before the surname), and wherever the full name is given,
// before the cue or after it. A second person sharing the surname blocks the guess. Every case is
// composed here in made-up words.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';

const speakerOf = (paragraphs: string[], quote: string): string | null | 'not found' => {
  const q = detectQuotes(paragraphs).quotes.find((x) => x.segments.map((s) => s.text).join(' ¶ ') === quote);
  return q ? (q.speaker?.name ?? null) : 'not found';
};

describe('a shorter form of a name the story gives in full is reported by the full name', () => {
  it('maps a surname alone to the full name given later in the story', () => {
    const story = [
      'Harbour plan faces fresh delay',
      'Plans to rebuild the harbour wall at Saltmere face another year of delay, the council has admitted.',
      '“We simply do not have the money this year,” Kerr said at a meeting on Tuesday.',
      'Helen Kerr, who leads the council, said the work would be put out to tender again in the spring.',
    ];
    expect(speakerOf(story, 'We simply do not have the money this year,')).toBe('Helen Kerr');
  });

  it('maps an honorific and surname before the full name ("Ms Kerr said", then "Helen Kerr, 52,")', () => {
    const story = [
      'Harbour plan faces fresh delay',
      'Ms Kerr said: “The wall will be rebuilt, but not this year.”',
      'Helen Kerr, 52, has led the council since May.',
    ];
    expect(speakerOf(story, 'The wall will be rebuilt, but not this year.')).toBe('Helen Kerr');
  });

  it('maps an honorific with a stop ("Mr. Ablett") to the full name given earlier', () => {
    const story = [
      'The harbourmaster, Dennis Ablett, has warned boat owners to move their moorings.',
      'Storms last winter damaged four pontoons.',
      '“Nobody should leave a boat on the east side this month,” Mr. Ablett said.',
    ];
    expect(speakerOf(story, 'Nobody should leave a boat on the east side this month,')).toBe('Dennis Ablett');
  });

  it('maps a slip of spelling ("Ablet") to the full name', () => {
    const story = [
      'Dennis Ablett, the harbourmaster, has warned boat owners to move their moorings.',
      'Storms last winter damaged four pontoons.',
      '“Nobody should leave a boat on the east side this month,” said Ablet.',
    ];
    expect(speakerOf(story, 'Nobody should leave a boat on the east side this month,')).toBe('Dennis Ablett');
  });

  it('maps a given name alone to the one person of that given name', () => {
    const story = [
      'Marta Osei opened the bakery on Quay Street in 2019.',
      'Trade fell when the road was shut for the harbour works.',
      '“Some mornings I sold four loaves,” Marta said.',
    ];
    expect(speakerOf(story, 'Some mornings I sold four loaves,')).toBe('Marta Osei');
  });

  it('maps a role before the surname ("council leader Kerr") to the full name', () => {
    const story = [
      'Helen Kerr said the council would look again at the plans.',
      'Opposition members called the delay a disgrace.',
      '“We owe it to the town to get this right,” council leader Kerr told the meeting.',
    ];
    expect(speakerOf(story, 'We owe it to the town to get this right,')).toBe('Helen Kerr');
  });

  it('maps a surname to the full name first given in the possessive ("Helen Kerr’s decision")', () => {
    const story = [
      'Helen Kerr’s decision to scrap the plan angered traders.',
      '“The tender will go out again in spring,” Kerr said, adding that costs had risen by a third.',
    ];
    expect(speakerOf(story, 'The tender will go out again in spring,')).toBe('Helen Kerr');
  });

  it('keeps the full name when the surname comes first in the headline and the intro names the person in full', () => {
    const story = [
      'Kerr: ‘We cannot afford the wall’',
      'Council leader Helen Kerr has said the harbour wall cannot be rebuilt this year.',
      '“It breaks my heart, but the money is not there,” Kerr said.',
    ];
    expect(speakerOf(story, 'It breaks my heart, but the money is not there,')).toBe('Helen Kerr');
  });
});

describe('a slip, an honorific or an initial written as the story writes them', () => {
  it('maps a slip with an honorific before the full name ("Ms Ker said", then "Helen Kerr, 52,")', () => {
    const story = ['Harbour plan delayed', 'Ms Ker said: “The wall will be rebuilt, but not this year.”', 'Helen Kerr, 52, has led the council since May.'];
    expect(speakerOf(story, 'The wall will be rebuilt, but not this year.')).toBe('Helen Kerr');
  });

  it('keeps the stop of a middle initial ("Helen J. Kerr")', () => {
    const story = ['Helen J. Kerr leads the council.', 'Shops have been shut for a month.', '“I had no choice,” Kerr said.'];
    expect(speakerOf(story, 'I had no choice,')).toBe('Helen J. Kerr');
  });

  it('maps a body’s tail ("the Harbour Trust") to the body the story named in full', () => {
    const story = ['Saltmere Harbour Trust owns the wall.', 'Shops have been shut for a month.', '“Repairs will begin soon,” the Harbour Trust said.'];
    expect(speakerOf(story, 'Repairs will begin soon,')).toBe('Saltmere Harbour Trust');
  });
});

describe('a second person sharing the surname blocks the guess', () => {
  it('gives a slip of a surname used before either full name to neither of two people who share it', () => {
    const story = [
      'Harbour plan faces fresh delay',
      '“We simply do not have the money this year,” Ker said.',
      'Helen Kerr leads the council; her brother, Tom Kerr, runs the boatyard that bid for the work.',
    ];
    const got = speakerOf(story, 'We simply do not have the money this year,');
    expect(got).not.toBe('Helen Kerr');
    expect(got).not.toBe('Tom Kerr');
  });

  it('gives a bare surname used before either full name to neither of two people who share it', () => {
    const story = [
      'Harbour plan faces fresh delay',
      '“We simply do not have the money this year,” Kerr said.',
      'Helen Kerr leads the council; her brother, Tom Kerr, runs the boatyard that bid for the work.',
    ];
    const got = speakerOf(story, 'We simply do not have the money this year,');
    expect(got).not.toBe('Helen Kerr');
    expect(got).not.toBe('Tom Kerr');
  });

  it('still gives a bare surname to the full name when only one person has it', () => {
    const story = ['Harbour plan faces fresh delay', '“We simply do not have the money this year,” Kerr said.', 'Helen Kerr leads the council.'];
    expect(speakerOf(story, 'We simply do not have the money this year,')).toBe('Helen Kerr');
  });

  it('still gives "Ms Kerr" to the one woman of the two', () => {
    const story = [
      'Helen Kerr leads the council; her brother, Tom Kerr, runs the boatyard that bid for the work.',
      '“There is no conflict here,” Ms Kerr said.',
    ];
    expect(speakerOf(story, 'There is no conflict here,')).toBe('Helen Kerr');
  });
});
