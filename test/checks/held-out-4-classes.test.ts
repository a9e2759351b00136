// The classes of mistake the fourth held-out set exposed, each with sentences of our own (not the set's):
// a directory name's first name or surname off by a letter beside the rest of the name, a surname spelt
// once another way where nothing marks it as a name, species names, ages and labelled figures, and the
// trade, farming, Latin and legal words real copy uses.
import { describe, expect, test } from 'vitest';
import { nameMatches } from '../../src/shared/checks/names';
import { body, defaultChecker } from './setup';

const checker = defaultChecker();
const found = (...paragraphs: string[]) => checker.checkStory(body(...paragraphs)).map((m) => `${m.ruleId}:${m.level}:${m.text}`);
const names = (paragraphs: string[], directory: Array<{ name: string; laterReference?: string }>) =>
  nameMatches(body(...paragraphs), directory).map((m) => `${m.ruleId}:${m.block}:${m.text}→${m.suggestions.join('|')}`);

describe('what the fourth held-out set taught (our own sentences)', () => {
  const directory = [
    { name: 'Philippa Stanhope', laterReference: 'Ms Stanhope' },
    { name: 'Rhys ap Gwilym', laterReference: 'Mr ap Gwilym' },
    { name: 'Niamh Costello', laterReference: 'Ms Costello' },
    { name: 'Mathew Pryce', laterReference: 'Mr Pryce' },
    { name: 'John Hartley', laterReference: 'Mr Hartley' },
  ];

  test('a directory name’s first name or surname off by a letter, beside the rest of the name, takes the directory’s spelling', () => {
    // A letter doubled and one single ("Phillipa"), a letter doubled in a surname after a particle, two letters swapped.
    expect(names(['Phillipa Stanhope opened the new reading room.'], directory)).toEqual(['name-directory:0:Phillipa→Philippa']);
    expect(names(['The poet Rhys ap Gwillym read first.'], directory)).toEqual(['name-directory:0:Gwillym→Gwilym']);
    expect(names(['Naimh Costello chairs the panel.'], directory)).toEqual(['name-directory:0:Naimh→Niamh']);
    // The slip is a dictionary word and a common name in its own right: still the directory's person.
    expect(names(['Matthew Pryce, the treasurer, resigned.'], directory)).toEqual(['name-directory:0:Matthew→Mathew']);
    // Through the whole check: the directory's error, and no spelling match of its own beside it.
    const whole = defaultChecker({ directory }).checkStory(body('Phillipa Stanhope and Rhys ap Gwillym spoke.'));
    expect(whole.map((m) => `${m.ruleId}:${m.level}:${m.text}→${m.suggestions.join('|')}`)).toEqual(['name-directory:error:Phillipa→Philippa', 'name-directory:error:Gwillym→Gwilym']);
  });

  test('a name near a directory name but standing alone, another person, or the directory’s own spelling is left alone', () => {
    // Two letters from a six-letter name is another name; a four-letter name changed by a letter is another person.
    expect(names(['Philip Stanhope, her brother, agreed.'], directory)).toEqual([]);
    expect(names(['Joan Hartley, his sister, agreed.'], directory)).toEqual([]);
    // The rest of the directory name is not beside it.
    expect(names(['Phillipa Jones agreed.'], directory)).toEqual([]);
    expect(names(['Philippa Stanhope, Rhys ap Gwilym, Niamh Costello and Mathew Pryce agreed.'], directory)).toEqual([]);
  });

  test('a surname written once another way, alone, where nothing marks it as a name, is the story’s name spelt two ways', () => {
    const matches = checker.checkStory(body('Dale Scarisbrick bought the club in May.', 'Scarsbrick, a former striker, made 200 appearances.', 'Scarisbrick has said he will stay.'));
    const variant = matches.filter((m) => m.text === 'Scarsbrick');
    expect(variant).toHaveLength(1);
    expect(variant[0]).toMatchObject({ ruleId: 'name-spelling', level: 'error', block: 1, suggestions: ['Scarisbrick'], spellings: ['Scarisbrick', 'Scarsbrick'] });
    // Inside a sentence too, and with the commoner spelling written only alone.
    expect(found('Scarisbrick scored twice.', 'The fee was agreed by Scarsbrick and the board.', 'Fans sang for Scarisbrick.').filter((m) => m.includes('Scarsbrick'))).toEqual(['name-spelling:error:Scarsbrick']);
  });

  test('a misspelling near no name the story writes more often is still a misspelling', () => {
    expect(found('Recieve the report, said Dale Scarisbrick.')).toEqual(['spelling:error:Recieve', 'spelling-name:advice:Scarisbrick']);
    // Each written once: neither is the commoner spelling.
    expect(found('Tregarthen spoke.', 'Tregarten left.').filter((m) => m.startsWith('name-'))).toEqual([]);
    // Written with different first names, they are two people, however often each is written.
    expect(found('Piotr Kowalski and Anna Kowalska run the farm.', 'Kowalski said the yield was down.').filter((m) => m.startsWith('name-'))).toEqual([]);
  });

  test('a binomial species name is advice, never a spelling error, and a tautonym is not a repeated word', () => {
    const species = found('Grey squirrels (Sciurus carolinensis) outnumber the native Sciurus vulgaris in most counties.');
    expect(species.filter((m) => !m.includes(':advice:'))).toEqual([]);
    expect(species).toContain('spelling-species:advice:carolinensis');
    expect(species).toContain('spelling-species:advice:vulgaris');
    expect(found('The pine marten, Martes martes, has come back to the forest.').filter((m) => !m.includes(':advice:'))).toEqual([]);
    expect(found('Martes martes was seen on the camera.').filter((m) => !m.includes(':advice:'))).toEqual([]);
    // Doubled English words are still repeated, capital or not; a misspelling after a name is still an error.
    expect(found('The the council met.')).toEqual(['repeated-word:warning:The the']);
    expect(found('They met in the the hall.')).toEqual(['repeated-word:warning:the the']);
    expect(found('Later Qazi recieved the letter.')).toEqual(['spelling-name:advice:Qazi', 'spelling:error:recieved']);
    expect(found('The word carolinensis alone is unknown.')).toEqual(['spelling:error:carolinensis']);
  });

  test('ages and labelled figures keep their figures; a count still goes in words', () => {
    const small = (text: string) => found(text).filter((m) => m.startsWith('small-numbers'));
    for (const text of [
      'She has sung since she was 7.',
      'He learnt to swim when he was 5, in the sea.',
      'The boy, aged 4, was unhurt.',
      'She left school at the age of 6 for a year abroad.',
      'The powers are in Section 2 of the act.',
      'It breaches Regulation 3 and Article 5 of the treaty.',
      'See Part 4, Schedule 1 and Clause 4 of the bill.',
      'The scheme is at Level 3, or Tier 2 for some.',
      'Pupils in Year 9 and at Key Stage 2 sat the test.',
      'The train left from Platform 4 after Stage 3 of the works.',
      'She passed Grade 5 piano, and the storm was Category 1.',
    ]) {
      expect(small(text), text).toEqual([]);
    }
    expect(small('He has 3 dogs.')).toEqual(['small-numbers:warning:3']);
    expect(small('On Monday 3 people were hurt.')).toEqual(['small-numbers:warning:3']);
  });

  test('trade and farming words real copy uses are known', () => {
    expect(found('Two scaffolders, a scaffolder’s mate, a roofer and a plasterer were on the site.')).toEqual([]);
    expect(found('The farm sold its poults, gilts, tups and ewes, and a few hoggets and stirks.')).toEqual([]);
  });

  test('Latin and legal phrases are known as phrases; their odd words alone are not', () => {
    const phrases = [
      'There was a prima facie case, but the matter was sub judice.',
      'The court looked for mens rea; a writ of habeas corpus was sought.',
      'It dealt, inter alia, with an ex parte order.',
      'She acted pro bono, a bona fide offer, which was not unlawful per se.',
      'The judge sat in camera; the obiter dicta were noted, and res judicata applied.',
      'The charity filed as amicus curiae.',
    ];
    for (const text of phrases) expect(found(text), text).toEqual([]);
    expect(found('It was a prima-facie case.')).toEqual([]);
    expect(found('The facie was noted.')).toEqual(['spelling:error:facie']);
    expect(found('The judice was noted.')).toEqual(['spelling:error:judice']);
  });
});
