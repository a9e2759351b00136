import { describe, expect, it } from 'vitest';
import {
  compareNames,
  findNameMatch,
  isSpellingVariant,
  letterEdits,
  normaliseName,
  spellingEdits,
  splitName,
} from '../../src/shared/names';

describe('splitName and normaliseName', () => {
  it('drops the honorific with or without its stop, and letters after the name', () => {
    expect(splitName('Dr. Sinéad O’Brien, QC')).toEqual({ honorific: 'dr', words: ['sinead', "o'brien"], given: ['sinead'], surname: ["o'brien"] });
    expect(splitName('Mr Costa')).toEqual({ honorific: 'mr', words: ['costa'], given: [], surname: ['costa'] });
    expect(normaliseName('Jane Hill MP')).toBe('jane hill');
  });

  it('keeps name particles with the surname and hyphens inside it', () => {
    expect(splitName('Ursula von der Leyen').surname).toEqual(['von', 'der', 'leyen']);
    expect(splitName('Anna Smith–Jones').surname).toEqual(['smith-jones']);
  });

  it('folds accents, case and apostrophe styles alike', () => {
    expect(normaliseName('SINÉAD  O‘BRIEN')).toBe(normaliseName("sinead o'brien"));
  });
});

describe('letterEdits and spellingEdits', () => {
  it('counts a swapped pair of letters as one slip', () => {
    expect(letterEdits('reid', 'ried')).toBe(1);
    expect(letterEdits('brennan', 'brenan')).toBe(1);
    expect(letterEdits('abcd', 'bacd')).toBe(1);
    expect(letterEdits('abcd', 'badc')).toBeGreaterThan(1);
  });

  it('takes a letter’s slip in a long enough word for the same name, and not in a short one', () => {
    expect(spellingEdits('Brennan', 'Brenan')).toBe(1);
    expect(spellingEdits('Walsh', 'Walshe')).toBe(1);
    expect(spellingEdits('McDonald', 'MacDonald')).toBe(1);
    expect(spellingEdits("O'Brien", 'OBrien')).toBe(1);
    expect(spellingEdits('Rasmussen', 'Rasmusen')).toBe(1);
    expect(spellingEdits('Kowalczyk', 'Kowalcyzk')).toBe(1);
    expect(spellingEdits('Lee', 'Lea')).toBe(-1);
    expect(spellingEdits('Hill', 'Hall')).toBe(-1);
    expect(spellingEdits('Daly', 'Daley')).toBe(1);
    expect(spellingEdits('Reid', 'Reed')).toBe(-1);
    expect(spellingEdits('Reid', 'Ried')).toBe(1);
    expect(spellingEdits('Reid', 'Keid')).toBe(-1);
    expect(spellingEdits('Brennan', 'Bremner')).toBe(-1);
    expect(spellingEdits('Sinéad', 'Sinead')).toBe(0);
  });

  it('takes a doubled letter written once for a slip at any length of three or more ("Ker" for "Kerr")', () => {
    expect(spellingEdits('Kerr', 'Ker')).toBe(1);
    expect(spellingEdits('Phillips', 'Philips')).toBe(1);
    expect(spellingEdits('Kerr', 'Kear')).toBe(-1);
    expect(spellingEdits('Lee', 'Le')).toBe(-1);
  });

  it('says a word is a variant only when it is spelt differently', () => {
    expect(isSpellingVariant('Walsh', 'Walshe')).toBe(true);
    expect(isSpellingVariant('Walsh', 'walsh')).toBe(false);
  });
});

describe('compareNames', () => {
  it('links a later reference with an honorific, with or without a stop', () => {
    expect(compareNames('Mr. Costa', 'Luis Costa')).toEqual({ relation: 'later-reference', edits: 0 });
    expect(compareNames('Dr Reid', 'Samuel Reid, QC')).toEqual({ relation: 'later-reference', edits: 0 });
    expect(compareNames('Reid', 'Samuel Reid')).toEqual({ relation: 'later-reference', edits: 0 });
  });

  it('links a misspelt later reference as a variant, either way round', () => {
    expect(compareNames('Ms Brenan', 'Grace Brennan')).toEqual({ relation: 'variant', edits: 1 });
    expect(compareNames('Owen Walsh', 'Walshe')).toEqual({ relation: 'variant', edits: 1 });
    expect(compareNames('Grace Brenan', 'Grace Brennan')).toEqual({ relation: 'variant', edits: 1 });
  });

  it('takes an initial for the given name it begins', () => {
    expect(compareNames('J. Robert Oppenheimer', 'James Robert Oppenheimer').relation).toBe('same');
  });

  it('keeps different people apart', () => {
    expect(compareNames('Grace Brennan', 'Grace Bremner').relation).toBe('different');
    expect(compareNames('Anna Reid', 'Beth Reid').relation).toBe('different');
    expect(compareNames('Ms Hill', 'Marcus Hall').relation).toBe('different');
  });

  it('reads a family name first only when an honorific says so', () => {
    expect(compareNames('Ms Hua', 'Hua Chunying').relation).toBe('later-reference');
    expect(compareNames('Hua', 'Hua Chunying').relation).toBe('different');
  });
});

describe('findNameMatch', () => {
  it('prefers the exact name over a variant', () => {
    expect(findNameMatch('Ms Reid', ['Anna Reed', 'Anna Reid'])).toEqual({ relation: 'later-reference', edits: 0, index: 1 });
  });

  it('gives no match when two people fit equally', () => {
    expect(findNameMatch('Ms Reid', ['Anna Reid', 'Beth Reid'])).toBeNull();
  });

  it('finds the variant when nothing is spelt alike', () => {
    expect(findNameMatch('Walshe', ['Grace Brennan', 'Owen Walsh'])).toEqual({ relation: 'variant', edits: 1, index: 1 });
    expect(findNameMatch('Nobody', ['Grace Brennan'])).toBeNull();
  });
});
