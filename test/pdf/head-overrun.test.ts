// A headline deeper than a shallow slot, in a PDF: copyfit, measured in the
// print page as the preview measures it, names the headline as the reason
// rather than a count of lines to cut.
import { describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../src/services/pdf/chromium';
import { seedArticle, seedSpeakers } from '../export/fixtures';

describe('a headline past the slot in a PDF', () => {
  it('says the headline alone overruns a 4 cm slot, and gives an ordinary figure in a deep one', async () => {
    const shallow = await createChromiumPdfRenderer({ layout: () => ({ template: 'broadsheet', slot: { columns: 2, depthCm: 4 } }) })!(seedArticle(), seedSpeakers);
    expect(shallow.copyfit.state).toBe('over');
    expect(shallow.copyfit.message).toMatch(/^the headline alone runs \d+ lines? past the slot \(\d+ words over\)$/);
    const deep = await createChromiumPdfRenderer({ layout: () => ({ template: 'broadsheet', slot: { columns: 2, depthCm: 30 } }) })!(seedArticle(), seedSpeakers);
    expect(deep.copyfit.message).not.toMatch(/headline/);
  });
});
