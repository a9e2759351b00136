// The sub's choices for one article's preview: which layout, which slot,
// which pull quote. The article model has no field for them yet, so they are
// kept in this browser's localStorage, keyed by article id; a slot chosen on
// one machine is not seen on another until the model carries it.
import { z } from 'zod';
import { Slot } from '../../shared/layout/template';

export const PreviewChoices = z.object({
  templateId: z.string().max(40).nullable(),
  slot: Slot.nullable(),
  pullQuoteId: z.string().max(64).nullable(),
});
export type PreviewChoices = z.infer<typeof PreviewChoices>;

const NONE: PreviewChoices = { templateId: null, slot: null, pullQuoteId: null };
const key = (articleId: string) => `galley.preview.${articleId}`;

export function readChoices(articleId: string): PreviewChoices {
  try {
    const raw = localStorage.getItem(key(articleId));
    if (!raw) return NONE;
    const parsed = PreviewChoices.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : NONE;
  } catch {
    return NONE;
  }
}

export function writeChoices(articleId: string, choices: PreviewChoices): void {
  try {
    localStorage.setItem(key(articleId), JSON.stringify(choices));
  } catch {
    // Storage full or refused: the choice lasts for this session only, which is no loss of copy.
  }
}
