import { describe, expect, test } from 'vitest';
import { nameMatches, nameWords, sameNameSpeltDifferently } from '../../src/shared/checks/names';
import { scanBlock } from '../../src/shared/checks/scan';
import { body, defaultChecker } from './setup';

const summary = (paragraphs: string[], directory = [] as Array<{ name: string; laterReference?: string }>) =>
  nameMatches(body(...paragraphs), directory).map((m) => `${m.ruleId}:${m.block}:${m.text}→${m.suggestions.join('|')}`);

describe('names spelt one way', () => {
  test('a surname spelt two ways is flagged where it is the rarer spelling, with both spellings and the fix', () => {
    const paragraphs = ['Grace Brennan, the head of the trust, spoke first.', 'Ms Brennan said the ward would close.', 'Ms Brenan added that staff would move.'];
    const matches = nameMatches(body(...paragraphs));
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ ruleId: 'name-spelling', kind: 'names', level: 'error', block: 2, start: 3, end: 9, text: 'Brenan', suggestions: ['Brennan'], spellings: ['Brennan', 'Brenan'] });
    expect(matches[0].message).toContain('“Brennan”');
  });

  test('accents, hyphens and apostrophes count as two spellings', () => {
    expect(summary(['Sinéad O’Brien spoke.', 'Ms O’Brien said so.', 'Ms OBrien left.'])).toEqual(['name-spelling:2:OBrien→O’Brien']);
    expect(summary(['José Ramírez spoke.', 'Mr Ramírez said so.', 'Mr Ramirez left.'])).toEqual(['name-spelling:2:Ramirez→Ramírez']);
  });

  test('a name differing from the speaker directory by a letter is flagged with the directory’s spelling, even when the story is consistent', () => {
    expect(summary(['Imdad Quereshi spoke.', 'Mr Quereshi said so.'], [{ name: 'Imdad Qureshi', laterReference: 'Mr Qureshi' }])).toEqual([
      'name-directory:0:Quereshi→Qureshi',
      'name-directory:1:Quereshi→Qureshi',
    ]);
  });

  test('different people and ordinary words are not taken for one name', () => {
    expect(summary(['Rachel Reeves met Grace Smith.', 'Ms Reeves and Ms Smith spoke of the reefs.', 'John Smyth, a farmer, disagreed.'])).toEqual([]);
    expect(sameNameSpeltDifferently('Khan', 'Khan')).toBe(false);
    expect(sameNameSpeltDifferently('Brennan', 'Brenan')).toBe(true);
    expect(sameNameSpeltDifferently('Smith', 'Smyth')).toBe(true);
    expect(sameNameSpeltDifferently('Lee', 'Lea')).toBe(false);
    // Four letters: only two swapped letters are a slip (the names module's judgement).
    expect(sameNameSpeltDifferently('Hill', 'Hall')).toBe(false);
    expect(sameNameSpeltDifferently('Reid', 'Ried')).toBe(true);
    expect(sameNameSpeltDifferently('O’Brien', "O'Brien")).toBe(false);
  });

  test('in the whole check the name match replaces the spelling match on the same word', () => {
    const checker = defaultChecker();
    const matches = checker.checkStory(body('Imdad Qurashi warned today.', 'Mr Qurashi said so.', 'Mr Qurashy left.'));
    expect(matches.map((m) => `${m.ruleId}:${m.text}`)).toEqual(['spelling-name:Imdad', 'spelling-name:Qurashi', 'spelling-name:Qurashi', 'name-spelling:Qurashy']);
  });
});

describe('name words read from the walk', () => {
  // What the name check took as a capitalised word before it read the walk: this pattern, run over the block.
  const NAME_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’][\p{Lu}][\p{L}\p{M}]*|[-‐‑]\p{Lu}[\p{L}\p{M}]*)*/gu;
  const byPattern = (text: string) => [...text.matchAll(NAME_WORD)].map((m) => `${m.index}:${m[0]}`);
  const fromWalk = (text: string) => nameWords(text, scanBlock(text)).map((w) => `${w.start}:${w.text}`);

  test('are the words the pattern finds, with capitals inside runs, figures, marks, joins and letters outside the basic plane', () => {
    const copy = [
      'Grace Brennan met Ms O’Sullivan and Eleri Vaughan-Price at McDonald’s on the M25, near A1B and iPhone sellers.',
      'Sinéad O\u2019Brien, ÉLODIE, e\u0301Ecole, Anglo-saxon, Jean‐Luc and Jean‑Marc; O\'Neill-Smith\'s 𝐀lpha 𝐀 b𝐀c Ǆemal ǅemal.',
      'It’s Covid-19: CAPITALS-THROUGHOUT, a-B, x’Y, A-, A’ and a lone \ud800 surrogate then Zed.',
      'Zoë Ünal, Ørsted, Łódź and Ἀθῆναι, Москва Київ — ﬁnal Ⅻ.',
    ];
    for (const text of copy) expect(fromWalk(text), text).toEqual(byPattern(text));
  });

  test('a check finds the same names whether the checker walked the block or the name check walked it alone', () => {
    const paragraphs = ['Grace Brennan, the head of the trust, spoke first.', 'Ms Brennan said the ward would close.', 'Ms Brenan added that staff would move.'];
    const checker = defaultChecker();
    checker.forget();
    const walked = checker.checkStory(body(...paragraphs)).filter((m) => m.kind === 'names');
    checker.forget();
    expect(walked.map((m) => `${m.block}:${m.text}`)).toEqual(nameMatches(body(...paragraphs)).map((m) => `${m.block}:${m.text}`));
    expect(walked.map((m) => m.text)).toEqual(['Brenan']);
  });
});
