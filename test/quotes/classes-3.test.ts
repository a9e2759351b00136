// One case per class fixed from the fit half of the third held-out set
// (heldout-3/fit-*), each in made-up words of its own: no case here copies
// a held-out story, and nothing was changed for the aside half.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';

const said = (paragraphs: string[]) => detectQuotes(paragraphs).quotes.map((q) => [q.segments.map((s) => s.text).join(' ¶ '), q.speaker?.name ?? null]);

describe('a family or other unnamed body introducing a quotation with a colon', () => {
  it('gives the next paragraph to "Mrs Lane’s family said:", not to the last person named', () => {
    expect(
      said([
        'Sergeant Paul Reddy said the search would continue at first light.',
        'In a tribute issued through the coastguard, Mrs Lane’s family said:',
        '“Anna loved the cliffs more than anywhere on earth. She would want people to keep walking them.”',
      ]),
    ).toEqual([['Anna loved the cliffs more than anywhere on earth. She would want people to keep walking them.', 'Mrs Lane’s family']]);
  });

  it('does the same for a body named only by its role', () => {
    expect(
      said(['Inspector Tom Ryle said the road would stay closed.', 'The school’s governors said:', '“We will support every pupil affected.”']),
    ).toEqual([['We will support every pupil affected.', 'school’s governors']]);
  });
});

describe('a role written in capitals is no name', () => {
  it('takes the name in the apposition after "The Ashdown MP," as the speaker', () => {
    expect(
      said([
        'Superintendent Kate Orme said patrols would be increased.',
        'The Ashdown MP, Gwen Lacey, said the closure was “a disgrace”.',
        'The group’s CEO, Arjun Bhatt, said: “We will appeal.”',
      ]),
    ).toEqual([
      ['a disgrace', 'Gwen Lacey'],
      ['We will appeal.', 'Arjun Bhatt'],
    ]);
  });
});

describe('an unnamed person who reports something is a speaker', () => {
  it('gives "he said" to the unnamed driver who was the subject of the last report, not to the last person named', () => {
    expect(
      said([
        '“I heard a bang,” said Colin Marsh, who lives opposite.',
        'A bus driver said the car had been going too fast. “It came round the corner on two wheels,” he said.',
      ]),
    ).toEqual([
      ['I heard a bang,', 'Colin Marsh'],
      ['It came round the corner on two wheels,', 'bus driver'],
    ]);
  });
});

describe('a given name that is also a role word', () => {
  it('reads "Dean" after a role in apposition as a given name, and links a misspelt later reference to him', () => {
    expect(
      said([
        'Her old swimming coach, Dean Hollins, described her as “fearless”.',
        '“She never once missed a session,” Mr Holins said.',
      ]),
    ).toEqual([
      ['fearless', 'Dean Hollins'],
      ['She never once missed a session,', 'Dean Hollins'],
    ]);
  });

  // Round 6: the held-out convention reads "Dean" before a capitalised surname as a given name (this once
  // expected the dean Hollins); a role word that is not also a given name is still a role.
  it('reads "Dean" before a surname as a given name even with no role before it', () => {
    expect(said(['Dean Hollins opened the meeting. “We start today,” Mr Hollins said.'])).toEqual([['We start today,', 'Dean Hollins']]);
  });

  it('still reads a capitalised role word before a name as a role when no role came before it', () => {
    expect(said(['Coach Hollins opened the session. “We start today,” the coach said.'])).toEqual([['We start today,', 'Hollins']]);
  });
});

describe('an unnamed person described by role and place, with a clause before the verb', () => {
  it('gives "he told the Herald" to "A driver at the depot, who did not give his name, said …"', () => {
    expect(
      said([
        'Station manager Rob Kettle said the line would reopen on Monday.',
        'A driver at the depot, who did not give his name, said he had seen the train brake hard. “It just stopped dead,” he told the Herald.',
      ]),
    ).toEqual([['It just stopped dead,', 'driver']]);
  });
});

describe('a person given a name after a role ("a taxi driver called Imran")', () => {
  it('makes the name the subject and the speaker of a later "he said", not the last person named', () => {
    expect(
      said([
        '“I shouted at them to stop,” said Graham Tully.',
        'Another customer, a delivery driver named Yusuf, said the fight began outside. “They came out of the door swinging,” he said.',
      ]),
    ).toEqual([
      ['I shouted at them to stop,', 'Graham Tully'],
      ['They came out of the door swinging,', 'Yusuf'],
    ]);
  });
});
