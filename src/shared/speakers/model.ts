// A person quoted in the library's stories: one directory shared by every article.
import { z } from 'zod';
import { SpeakerId } from '../article/model';

export const Pronoun = z.enum(['he', 'she', 'they', 'it']);
export type Pronoun = z.infer<typeof Pronoun>;

export const SpeakerFields = z
  .object({
    name: z.string().min(1).max(200),
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

export const blankSpeaker = (name: string): SpeakerFields => ({
  name,
  role: '',
  organisation: '',
  laterReference: '',
  pronoun: null,
  notes: '',
});
