// A detected speaker already in the directory, or nearly (a slip in the
// spelling, a later reference), is offered as that directory entry, so
// accepting the suggestion adds no second speaker.
import { describe, expect, it } from 'vitest';
import { directoryMatch } from '../../src/shared/speakers/directory-match';
import { speaker } from './speaker-fixture';

const brennan = speaker({ id: 'grace-brennan', name: 'Grace Brennan' });
const walsh = speaker({ id: 'owen-walsh', name: 'Owen Walsh' });
const reidA = speaker({ id: 'anna-reid', name: 'Anna Reid' });
const reidB = speaker({ id: 'beth-reid', name: 'Beth Reid' });

describe('directoryMatch', () => {
  it('offers a misspelt or shortened name as the directory’s speaker', () => {
    expect(directoryMatch('Grace Brenan', [walsh, brennan])?.id).toBe('grace-brennan');
    expect(directoryMatch('Ms Brennan', [walsh, brennan])?.id).toBe('grace-brennan');
    expect(directoryMatch('Walshe', [walsh, brennan])?.id).toBe('owen-walsh');
  });

  it('offers nobody when the name is new, or when two entries fit equally', () => {
    expect(directoryMatch('Grace Bremner', [walsh, brennan])).toBeUndefined();
    expect(directoryMatch('Ms Reid', [reidA, reidB])).toBeUndefined();
  });
});
