// What a speaker is, beside its name wherever the name is shown: nothing for
// a person (most speakers), "Organisation", "Publication" or "Document" for
// the rest, so the sub sees at a glance that "the memo" is not a person.
import { SPEAKER_KIND_LABEL, speakerKind, type SpeakerKind } from '../../shared/speakers/model';

export function SpeakerKindTag({ kind }: { kind: SpeakerKind | undefined }) {
  const k = speakerKind({ kind });
  if (k === 'person') return null;
  return (
    <span className="dim speaker-kind" data-kind={k}>
      {' · '}
      {SPEAKER_KIND_LABEL[k]}
    </span>
  );
}
