import { expect, test } from 'vitest';
import { BlockCache } from '../../src/shared/checks/block-cache';
import { body, defaultChecker } from './setup';

test('after an edit only the changed paragraph is checked again, and the answer is the same as a fresh check', () => {
  const checker = defaultChecker();
  const cache = new BlockCache();
  const story = ['Grace Brennan will organize it.', 'Prices rose 10%.', 'Ms Brennan said so.'];
  expect(cache.check(checker, body(...story)).checked).toBe(3);
  const edited = [story[0], story[1], 'Ms Brenan said so, and recieved it.'];
  const again = cache.check(checker, body(...edited));
  expect(again.checked).toBe(1);
  expect(again.matches).toEqual(checker.checkStory(body(...edited)));
  expect(again.matches.map((m) => m.ruleId)).toEqual(['ise-spellings', 'per-cent', 'name-spelling', 'spelling']);
  // A paragraph moved keeps its answer, at its new place.
  const moved = cache.check(checker, body(edited[2], edited[0], edited[1]));
  expect(moved.checked).toBe(0);
  expect(moved.matches.find((m) => m.ruleId === 'per-cent')?.block).toBe(2);
});
