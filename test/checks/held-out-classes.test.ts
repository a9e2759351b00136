// The classes of mistake the second and third held-out sets exposed, each with sentences of our own (not the set's):
// house style inside addresses, surnames after initials, directory names with a hyphen dropped or added,
// short surnames spelt two ways, and words of untagged quotations left as spoken.
import { describe, expect, test } from 'vitest';
import { ruleLabel } from '../../src/shared/checks/model';
import { nameMatches } from '../../src/shared/checks/names';
import { body, defaultChecker } from './setup';

const checker = defaultChecker();
const found = (...paragraphs: string[]) => checker.checkStory(body(...paragraphs)).map((m) => `${m.ruleId}:${m.level}:${m.text}`);
const names = (paragraphs: string[], directory: Array<{ name: string; laterReference?: string }> = []) =>
  nameMatches(body(...paragraphs), directory).map((m) => `${m.ruleId}:${m.block}:${m.text}→${m.suggestions.join('|')}`);

describe('what the held-out set taught', () => {
  test('no house-style rule fires inside a web or email address, though it still fires beside one', () => {
    expect(found('Details are at www.realize-now.org.uk and https://example.com/colour-analyze/recognize, or write to organize@harbour-trust.co.uk.')).toEqual([]);
    expect(found('They will organize a meeting; see www.harbour-trust.co.uk for times.')).toEqual(['ise-spellings:error:organize']);
  });

  test('a capitalised unknown word after initials or an honorific is a name to check (advice), not a misspelling', () => {
    expect(found('The prize went to the poet B. K. Qwelling last year.')).toEqual(['spelling-name:advice:Qwelling']);
    expect(found('It was a line of R.S. Zubrowtz. Dr. Threlkeld agreed.').filter((m) => m.startsWith('spelling'))).toEqual(['spelling-name:advice:Zubrowtz', 'spelling-name:advice:Threlkeld']);
    // A misspelt ordinary word after a full stop is still an error.
    expect(found('It ended. Recieve the report.')).toEqual(['spelling:error:Recieve']);
  });

  test('a directory name written with its hyphen dropped, or with one added, is flagged with the directory’s spelling', () => {
    const directory = [{ name: 'Morwenna Trelawny-Hughes', laterReference: 'Ms Trelawny-Hughes' }, { name: 'Dafydd Ap Rhys', laterReference: 'Mr Ap Rhys' }];
    expect(names(['Morwenna Trelawny Hughes opened the fair.', 'Ms Trelawny-Hughes thanked the crowd.'], directory)).toEqual(['name-directory:0:Trelawny Hughes→Trelawny-Hughes']);
    expect(names(['Mr Ap-Rhys spoke.'], directory)).toEqual(['name-directory:0:Ap-Rhys→Ap Rhys']);
    // Written as the directory writes it: nothing.
    expect(names(['Morwenna Trelawny-Hughes and Dafydd Ap Rhys spoke.'], directory)).toEqual([]);
  });

  test('a short surname with a letter added in a later reference is one name spelt two ways; Hill and Hall stay two people', () => {
    expect(names(['Carys Bell chairs the group.', 'Ms Belle said the wall was late.'])).toEqual(['name-spelling:1:Belle→Bell']);
    expect(names(['Owen Hart spoke.', 'Owen Hurt later agreed.'])).toEqual(['name-spelling:1:Hurt→Hart']);
    expect(names(['John Hill met the council.', 'Mr Hall, the clerk, disagreed.'])).toEqual([]);
    expect(names(['John Hill met Sarah Hall.', 'Mr Hill and Ms Hall spoke.'])).toEqual([]);
    expect(names(['Anna Lee spoke.', 'The Lees left.'])).toEqual([]);
  });

  test('with quotes left as spoken, the words of an untagged quotation are not spelt, though house style still applies there', () => {
    expect(found('“We was gonna organize it wiv the lads, proper,” said one fisherman.')).toEqual(['ise-spellings:error:organize']);
    expect(found('We was going wiv the lads.')).toEqual(['spelling:error:wiv']);
    const strict = defaultChecker({ leaveQuotesAsSpoken: false });
    expect(strict.checkStory(body('“We was going wiv them,” he said.')).map((m) => m.text)).toEqual(['wiv']);
  });
});

describe('what the third held-out set taught (our own sentences again)', () => {
  test('a small word after a capital initial is a species name to check (advice), not a misspelling', () => {
    expect(found('Tests found V. cholerae in two of the samples.').filter((m) => m.startsWith('spelling'))).toEqual(['spelling-species:advice:cholerae']);
    // The same word on its own is still an error.
    expect(found('Tests found cholerae in two samples.')).toEqual(['spelling:error:cholerae']);
    // Listed under a heading of its own, not among people's names.
    expect(ruleLabel('spelling-species')).toBe('Species names not in the dictionary');
  });

  test('the possessive of a place the story names inside a sentence is advice at a sentence start too', () => {
    const got = found('Dunmowbury’s council met on Monday.', 'Shops in Dunmowbury closed early.').filter((m) => m.startsWith('spelling'));
    expect(got).toEqual(['spelling-name:advice:Dunmowbury’s', 'spelling-name:advice:Dunmowbury']);
  });

  test('“judgment”, the spelling British courts use, is known', () => {
    expect(found('The judgment ran to 40 pages; both judgments were reserved.')).toEqual([]);
  });

  test('a directory name written without its first name’s accent is flagged with the directory’s spelling', () => {
    const directory = [{ name: 'Zoë Marchetti', laterReference: 'Ms Marchetti' }];
    expect(names(['Zoe Marchetti chairs the board.', 'Ms Marchetti agreed.'], directory)).toEqual(['name-directory:0:Zoe→Zoë']);
    // Written as the directory writes it, or another person of the same surname: nothing.
    expect(names(['Zoë Marchetti and her brother Luca Marchetti spoke.'], directory)).toEqual([]);
  });
});
