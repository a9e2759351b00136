import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../src/services/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/model';

describe('library settings', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'galley-settings-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('a library with no settings file uses the defaults', async () => {
    expect(await new SettingsStore(join(dir, 'settings.json')).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('a change is written and read back by another store on the same file', async () => {
    const path = join(dir, 'settings.json');
    await new SettingsStore(path).update({ spellingLocale: 'en-US', subName: 'Ann Sub' });
    const again = await new SettingsStore(path).get();
    expect(again.spellingLocale).toBe('en-US');
    expect(again.subName).toBe('Ann Sub');
    expect(again.leaveQuotesAsSpoken).toBe(DEFAULT_SETTINGS.leaveQuotesAsSpoken);
  });

  it('a damaged field falls back to its default, and a field from a newer Galley is kept on write', async () => {
    const path = join(dir, 'settings.json');
    await writeFile(path, JSON.stringify({ spellingLocale: 'klingon', subName: 'Kay', futureField: { a: 1 } }));
    const store = new SettingsStore(path);
    const read = await store.get();
    expect(read.spellingLocale).toBe('en-GB');
    expect(read.subName).toBe('Kay');
    await store.update({ leaveQuotesAsSpoken: false });
    const written = JSON.parse(await readFile(path, 'utf8'));
    expect(written.futureField).toEqual({ a: 1 });
    expect(written.leaveQuotesAsSpoken).toBe(false);
  });

  it('a file that is not JSON gives the defaults rather than stopping the desk', async () => {
    const path = join(dir, 'settings.json');
    await writeFile(path, 'not json {');
    expect(await new SettingsStore(path).get()).toEqual(DEFAULT_SETTINGS);
  });
});
