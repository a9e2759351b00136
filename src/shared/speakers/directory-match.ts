// The directory entry a detected speaker already is: the same name, a later
// reference ("Ms Brennan") or a slip in spelling ("Grace Brenan"), through
// the names module. A near-duplicate is offered as that entry rather than
// added as a second speaker; two entries that fit equally well give none.
import { findNameMatch } from '../names';
import type { Speaker } from './model';

export function directoryMatch<S extends Pick<Speaker, 'name'>>(name: string, speakers: readonly S[]): S | undefined {
  const match = findNameMatch(name, speakers.map((s) => s.name));
  return match ? speakers[match.index] : undefined;
}
