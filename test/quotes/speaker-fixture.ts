// A directory entry for tests: only the fields a case cares about are given.
import type { Speaker } from '../../src/shared/speakers/model';

export const speaker = (fields: Partial<Speaker> & { id: string; name: string }): Speaker => ({
  role: '',
  organisation: '',
  laterReference: '',
  pronoun: null,
  notes: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});
