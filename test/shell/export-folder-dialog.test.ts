// The desktop app's export folder, as built: the page asks for a folder, the
// main process shows the system's folder dialog (the recording stand-in
// answers for the sub), and the page gets an opaque handle, never a path it
// could have written itself. An export through IPC with that handle writes
// into the chosen folder; a handle the shell never gave is refused.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { channelOf, type CallName } from '../../src/shared/contract/channels';
import * as standIn from './electron-stand-in';

const { recorded, dialogAnswers, dialogCalls } = standIn;
const MAIN = resolve('out/main/index.js');
let home: string;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('Build first (npm run build): out/main/index.js is missing');
  home = mkdtempSync(join(tmpdir(), 'galley-shell-dialog-'));
  process.env.GALLEY_STAND_IN_HOME = home;
  process.env.GALLEY_LIBRARY = join(home, 'library');
  await import(/* @vite-ignore */ MAIN);
  for (let i = 0; i < 200 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
});

const call = async (name: CallName, args: unknown) => {
  const event = { sender: recorded.windows[0].webContents, senderFrame: { url: 'galley://app/index.html', parent: null } };
  return (await recorded.handlers.get(channelOf(name))!(event, args)) as { ok: boolean; value?: any; error?: { code: string; message: string } };
};

it('chooses the folder in the main process’s dialog and hands the page a handle that exports there', async () => {
  const picked = join(home, 'picked by the sub');
  dialogAnswers.push({ canceled: false, filePaths: [picked] });
  const chosen = await call('chooseExportFolder', {});
  expect(dialogCalls).toHaveLength(1);
  expect(chosen.value).toMatchObject({ kind: 'chosen', folder: picked });
  expect(chosen.value.handle).toMatch(/^folder-[0-9a-f]{32}$/);

  const article = (await call('createArticle', { fields: { catchline: 'harbour-fire', headline: 'Harbour fire' } })).value;
  const exported = await call('exportArticles', { ids: [article.id], formats: ['txt'], folderHandle: chosen.value.handle });
  expect(exported.ok).toBe(true);
  expect(readdirSync(picked).filter((f) => !f.startsWith('.'))).toEqual(['harbour-fire.txt']);

  // A handle the shell never gave, and a path in its place, are refused.
  expect(await call('exportArticles', { ids: [article.id], formats: ['txt'], folderHandle: `folder-${'a'.repeat(32)}` })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(await call('exportArticles', { ids: [article.id], formats: ['txt'], folder: '/tmp' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
});

it('answers a cancelled dialog as cancelled, with no handle', async () => {
  expect((await call('chooseExportFolder', {})).value).toEqual({ kind: 'cancelled' });
});
