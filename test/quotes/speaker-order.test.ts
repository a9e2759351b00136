// The speaker picker's order: this story's speakers first, opening on the quote's current speaker.
import { describe, expect, it } from 'vitest';
import { initialOption, storySpeakersFirst } from '../../src/renderer/quotes/speaker-order';

const directory = [{ id: 'ann' }, { id: 'bob' }, { id: 'cai' }, { id: 'dee' }];

describe('storySpeakersFirst', () => {
  it('puts the story’s speakers first in the order the story quotes them, then the rest in directory order', () => {
    expect(storySpeakersFirst(directory, ['dee', null, 'bob', 'dee']).map((s) => s.id)).toEqual(['dee', 'bob', 'ann', 'cai']);
  });

  it('leaves the directory as it is for a story with no tagged quotes, and ignores ids the directory lacks', () => {
    expect(storySpeakersFirst(directory, ['gone']).map((s) => s.id)).toEqual(['ann', 'bob', 'cai', 'dee']);
  });
});

describe('initialOption', () => {
  it('opens on the current speaker, else on the first option', () => {
    const ordered = storySpeakersFirst(directory, ['cai']);
    expect(initialOption(ordered, 'dee')).toBe(3);
    expect(initialOption(ordered, null)).toBe(0);
    expect(ordered[initialOption(ordered, null)].id).toBe('cai');
    expect(initialOption(ordered, 'nobody')).toBe(0);
  });
});
