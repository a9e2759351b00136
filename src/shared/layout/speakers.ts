// The preview knows speakers by id and name only; the export's body walker
// takes the directory's full records. Only the id and name are ever read
// from them there, so the rest is left blank rather than invented.
import { blankSpeaker, type Speaker } from '../speakers/model';

export type SpeakerName = Pick<Speaker, 'id' | 'name'>;

export function asSpeakers(speakers: readonly SpeakerName[]): Speaker[] {
  return speakers.map((s) => ('createdAt' in s ? (s as Speaker) : { ...blankSpeaker(s.name), id: s.id, createdAt: '', updatedAt: '' }));
}
