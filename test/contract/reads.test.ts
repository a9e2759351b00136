// The renderer's client knows the read calls by name alone (reads.ts), so its
// first script builds no schema; the contract table's `read` rows stay the
// authority, and this holds the name list to them both ways.
import { describe, expect, it } from 'vitest';
import { READ_CALLS } from '../../src/shared/contract/api';
import { READ_CALL_NAMES } from '../../src/shared/contract/reads';

describe('the read calls by name', () => {
  it('are exactly the contract table’s read rows', () => {
    expect([...READ_CALL_NAMES].sort()).toEqual([...READ_CALLS].sort());
  });
});
