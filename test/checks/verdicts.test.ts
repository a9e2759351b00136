// The spelling answers kept by hash (verdicts.ts): an open-addressed table,
// so words filed under one hash, a table that grows, and answers that go
// when the speller's words change must each still give the speller's answer.
import { describe, expect, test } from 'vitest';
import { foldedHash } from '../../src/shared/checks/scan';
import { Speller } from '../../src/shared/checks/spelling';
import { Verdicts } from '../../src/shared/checks/verdicts';
import { dictionaryFiles } from './setup';

const speller = new Speller(dictionaryFiles('en-GB'));
const judge = (verdicts: Verdicts, word: string, hash = foldedHash(word)) => verdicts.judge(` ${word} `, 1, 1 + word.length, hash, speller);

describe('the spelling answers kept by hash', () => {
  test('two words filed under one hash each keep their own answer', () => {
    const verdicts = new Verdicts();
    expect(judge(verdicts, 'harbour', 7)).toBe(true);
    expect(judge(verdicts, 'harbuor', 7)).toBe(false);
    expect(judge(verdicts, 'harbour', 7)).toBe(true);
    expect(judge(verdicts, 'harbuor', 7)).toBe(false);
  });

  test('thousands of words, past every growth of the table, each give the speller’s answer again', () => {
    const verdicts = new Verdicts();
    const words = Array.from({ length: 6000 }, (_, i) => (i % 2 ? `quay${i.toString(36).replace(/\d/gu, 'x')}` : 'quay'));
    const first = words.map((w) => judge(verdicts, w));
    expect(words.map((w) => judge(verdicts, w))).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThanOrEqual(3000);
    expect(first).toEqual(words.map((w) => speller.isKnown(w)));
  });

  test('a word the desk adds is known at once, though it was judged before', () => {
    const own = new Speller(dictionaryFiles('en-GB'));
    const verdicts = new Verdicts();
    expect(verdicts.judge(' Qazi ', 1, 5, foldedHash('Qazi'), own)).toBe(false);
    own.addWords(['Qazi']);
    expect(verdicts.judge(' Qazi ', 1, 5, foldedHash('Qazi'), own)).toBe(true);
  });
});
