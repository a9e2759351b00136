// A person quoted in the library's stories: one directory shared by every article.
import { z } from 'zod';
import { SpeakerId } from '../article/model';

export const Pronoun = z.enum(['he', 'she', 'they', 'it']);
export type Pronoun = z.infer<typeof Pronoun>;

/**
 * What a speaker is: somebody, or a body that speaks ("the council said"),
 * a newspaper or broadcaster ("according to the Gazette"), or a document
 * ("the leaked memo says"). NITF's quote-source names any of them.
 */
export const SpeakerKind = z.enum(['person', 'organisation', 'publication', 'document']);
export type SpeakerKind = z.infer<typeof SpeakerKind>;

export const SpeakerFields = z
  .object({
    name: z.string().min(1).max(200),
    /** Optional so directories written before kinds load as they are: absent means a person (see speakerKind). */
    kind: SpeakerKind.optional(),
    role: z.string().max(300),
    organisation: z.string().max(300),
    /** How the story names them after the first mention, e.g. "Mr Qazi". */
    laterReference: z.string().max(200),
    pronoun: Pronoun.nullable(),
    notes: z.string().max(20_000),
  })
  .strict();
export type SpeakerFields = z.infer<typeof SpeakerFields>;

export const Speaker = SpeakerFields.extend({
  id: SpeakerId,
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
}).strict();
export type Speaker = z.infer<typeof Speaker>;

/** A speaker's kind, a person when the record predates kinds. */
export const speakerKind = (speaker: Pick<SpeakerFields, 'kind'>): SpeakerKind => speaker.kind ?? 'person';

/** The kind as a sub reads it beside the name. */
export const SPEAKER_KIND_LABEL: Record<SpeakerKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  publication: 'Publication',
  document: 'Document',
};

export const blankSpeaker = (name: string): SpeakerFields => ({
  name,
  role: '',
  organisation: '',
  laterReference: '',
  pronoun: null,
  notes: '',
});
