// Malformed messages against every call, through all three doors: dispatch
// with the real handlers, browser mode over real HTTP, and the IPC handlers
// of the built Electron main bundle (against the recording stand-in). Each
// must answer with an envelope carrying a known error code; nothing outside
// the library folder may change; Object.prototype must stay clean; the
// process must stay up.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../src/services/galley';
import { startBrowserMode, type BrowserMode } from '../../src/server/http-server';
import { api } from '../../src/shared/contract/api';
import { CALL_NAMES, channelOf, type CallName } from '../../src/shared/contract/channels';
import { dispatch } from '../../src/shared/contract/dispatch';
import { ErrorBody, type Envelope } from '../../src/shared/contract/errors';
import { blankSpeaker } from '../../src/shared/speakers/model';
import { snapshot } from '../reliability/fault-fs';
import { recorded } from '../shell/electron-stand-in';
import { DEEP, payloads, toJson, type Payload } from './payloads';

const TOTAL = 10_500;
const SEED = Number(process.env.GALLEY_FUZZ_SEED ?? 20_251_129);
const MAIN = resolve('out/main/index.js');

let outer: string; // the parent of everything this test makes; nothing else writes here
let library: string;
let galley: Galley;
let mode: BrowserMode;
let all: Payload[];
let before: Map<string, string>;
let passwd: string;
const prototypeKeys = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
});
const cleanPrototypes = prototypeKeys();

/** Folders the services may write: the libraries. Everything else under `outer` must not change. */
const outsideLibraries = (snap: Map<string, string>) => new Map([...snap].filter(([path]) => !path.startsWith('tmp/library/') && !path.startsWith('tmp/ipc-home/')));

beforeAll(async () => {
  outer = await mkdtemp(join(tmpdir(), 'galley-fuzz-'));
  const tmp = join(outer, 'tmp');
  library = join(tmp, 'library');
  await mkdir(join(tmp, 'sentinel'), { recursive: true });
  await writeFile(join(tmp, 'sentinel', 'passwd'), 'root:x:0:0:sentinel\n');
  await writeFile(join(outer, 'x'), 'sentinel beside the temp folder\n');
  await mkdir(join(outer, 'static'));
  await writeFile(join(outer, 'static', 'index.html'), '<!doctype html><title>Galley</title>');
  galley = await openGalley({ library, exportsRoot: join(tmp, 'sentinel') });
  mode = await startBrowserMode({ handlers: galley.handlers, staticDir: join(outer, 'static') });

  const article = await galley.handlers.createArticle({ fields: { headline: 'Council approves budget' } });
  const speaker = await galley.handlers.createSpeaker({ fields: blankSpeaker('Ann Qazi') });
  const missing = 'ffffffff-0000-4000-8000-000000000000';
  const baselines: Record<CallName, Record<string, unknown>> = {
    listArticles: {},
    getArticle: { id: article.id },
    createArticle: { fields: { headline: 'Fuzz' } },
    updateArticle: { id: article.id, baseRevision: 1, fields: { headline: 'Fuzzed' } },
    deleteArticle: { id: missing },
    restoreArticle: { id: missing },
    emptyTrash: {},
    searchArticles: { query: 'council' },
    importFile: { fileName: 'copy.txt', dataBase64: Buffer.from('Headline\n\nBody.').toString('base64') },
    importText: { text: 'Headline\n\nBody.', format: 'txt' },
    listSpeakers: {},
    createSpeaker: { fields: blankSpeaker('Bo Ray') },
    updateSpeaker: { id: speaker.id, fields: { role: 'Mayor' } },
    mergeSpeakers: { keepId: speaker.id, dropId: 'ffffffff-0000' },
    speakerUsage: { id: speaker.id },
    searchQuotes: { words: 'budget' },
    exportArticles: { ids: [missing], formats: ['txt'], subfolder: 'sentinel' },
    exportDefaults: {},
    chooseExportFolder: {},
    getSettings: {},
    updateSettings: { settings: { spellingLocale: 'en-US' } },
    getDeskChecks: {},
    addDeskWord: { word: 'Qazi' },
    listRevisions: { id: article.id },
    getRevision: { id: article.id, n: 1 },
    createRevision: { id: article.id, label: 'subbed' },
    restoreRevision: { id: article.id, n: 1, baseRevision: 1 },
  };
  all = payloads(baselines, TOTAL, SEED);
  passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  before = outsideLibraries(await snapshot(outer));
}, 120_000);

afterAll(async () => {
  await mode?.close();
  await galley?.close();
  await rm(outer, { recursive: true, force: true });
});

type Outcome = { kind: 'envelope'; envelope: Envelope<unknown> } | { kind: 'threw'; error: unknown };

interface Tally {
  total: number;
  codes: Record<string, number>;
  threw: Array<{ call: string; label: string; error: string }>;
  internal: Array<{ call: string; label: string; message: string }>;
}

function tally(): Tally {
  return { total: 0, codes: {}, threw: [], internal: [] };
}

/** The check every answer must pass, whichever door it came through. */
function judge(t: Tally, payload: Payload, outcome: Outcome) {
  t.total++;
  if (outcome.kind === 'threw') {
    const error = outcome.error;
    t.threw.push({ call: payload.call, label: payload.label, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    // Every payload is answered with an envelope: dispatch measures nesting with a loop before zod
    // recurses, so even 10,000 levels cannot exhaust the stack.
    expect.fail(`${payload.call} / ${payload.label} threw instead of answering: ${t.threw.at(-1)!.error}`);
  }
  const envelope = outcome.envelope;
  if (envelope.ok) {
    // Only arguments the contract accepts may succeed.
    expect(api[payload.call].args.safeParse(payload.value).success, `${payload.call} / ${payload.label} succeeded`).toBe(true);
    t.codes.ok = (t.codes.ok ?? 0) + 1;
    return;
  }
  expect(ErrorBody.safeParse(envelope.error).success, `${payload.call} / ${payload.label}: ${JSON.stringify(envelope).slice(0, 200)}`).toBe(true);
  t.codes[envelope.error.code] = (t.codes[envelope.error.code] ?? 0) + 1;
  if (envelope.error.code === 'internal') t.internal.push({ call: payload.call, label: payload.label, message: envelope.error.message.slice(0, 160) });
}

function report(door: string, t: Tally) {
  const internals = [...new Set(t.internal.map((i) => `${i.call} / ${i.label}: ${i.message}`))];
  const threw = [...new Set(t.threw.map((i) => `${i.call} / ${i.label}: ${i.error}`))];
  console.log(
    `[fuzz] ${door}: ${t.total} payloads → ${JSON.stringify(t.codes)}; threw ${t.threw.length}` +
      (threw.length ? `\n  threw:\n    ${threw.slice(0, 20).join('\n    ')}` : '') +
      (internals.length ? `\n  internal:\n    ${internals.slice(0, 20).join('\n    ')}` : ''),
  );
  // A malformed payload is refused with a reason; an internal error means a handler broke on it.
  expect(internals, `${door}: payloads that broke a handler`).toEqual([]);
}

async function expectNothingOutsideTouched() {
  expect(outsideLibraries(await snapshot(outer))).toEqual(before);
  expect(await readFile('/etc/passwd', 'utf8').catch(() => '')).toBe(passwd);
  expect(prototypeKeys()).toEqual(cleanPrototypes);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('malformed messages', () => {
  it(`through dispatch with the real handlers (${TOTAL} payloads)`, async () => {
    const t = tally();
    for (const payload of all) {
      let outcome: Outcome;
      try {
        outcome = { kind: 'envelope', envelope: await dispatch(galley.handlers, payload.call, payload.value) };
      } catch (error) {
        outcome = { kind: 'threw', error };
      }
      judge(t, payload, outcome);
    }
    // Unknown and hostile call names.
    for (const name of ['', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '../getArticle', 'getArticle\u0000', 'GETARTICLE', 'x'.repeat(10_000)]) {
      const envelope = await dispatch(galley.handlers, name, {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
      expect((envelope as { error: { message: string } }).error.message.length).toBeLessThan(200);
    }
    report('dispatch', t);
    expect(t.total).toBeGreaterThanOrEqual(10_000);
    await expectNothingOutsideTouched();
    expect((await galley.handlers.listArticles({})).articles.length).toBeGreaterThan(0);
  });

  it('over real HTTP to every route of browser mode', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const send = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; body: string }>((done, fail) => {
        const req = request(
          {
            agent,
            host: '127.0.0.1',
            port: mode.port,
            method,
            path,
            headers: { host: `127.0.0.1:${mode.port}`, 'x-galley-token': mode.token, 'content-type': 'application/json', ...headers },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c) => (text += c));
            res.on('end', () => done({ status: res.statusCode!, body: text }));
          },
        );
        req.on('error', fail);
        if (body !== undefined) req.write(body);
        req.end();
      });

    const t = tally();
    const statuses: Record<number, number> = {};
    const overHttp = all.filter((p, i) => p.json && i % 4 === 0);
    for (let i = 0; i < overHttp.length; i += 8) {
      await Promise.all(
        overHttp.slice(i, i + 8).map(async (payload) => {
          const reply = await send('POST', `/api/${payload.call}`, toJson(payload.value) ?? '');
          statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
          const envelope = JSON.parse(reply.body) as Envelope<unknown>;
          if (reply.status === 500 && !envelope.ok && envelope.error.code === 'internal' && envelope.error.message === 'The request failed.') {
            // The server's catch-all answer means dispatch itself threw.
            judge(t, payload, { kind: 'threw', error: new Error('dispatch threw; the server answered 500') });
            return;
          }
          judge(t, payload, { kind: 'envelope', envelope });
          expect(reply.status, payload.label).toBe(envelope.ok ? 200 : envelope.error.code === 'internal' ? 500 : 400);
        }),
      );
    }

    // The rest of the routes: raw bodies, methods, content types, call names, static paths.
    const raw: Array<[string, string, string | undefined, Record<string, string>, RegExp]> = [];
    for (const call of CALL_NAMES) {
      raw.push(['POST', `/api/${call}`, '{', {}, /^400$/]);
      raw.push(['POST', `/api/${call}`, '{"a":', {}, /^400$/]);
      raw.push(['POST', `/api/${call}`, '\u0000', {}, /^400$/]);
      raw.push(['POST', `/api/${call}`, '[]'.padStart(5000, '['), {}, /^400$/]);
      raw.push(['POST', `/api/${call}`, `{"fields":{"body":{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(DEEP)}{"type":"paragraph"}${']}'.repeat(DEEP)}]}}}`, {}, /^400$/]);
      raw.push(['POST', `/api/${call}`, `${'['.repeat(100_000)}${']'.repeat(100_000)}`, {}, /^400$/]);
      raw.push(['POST', `/api/${call}`, '{}', { 'content-type': 'text/plain' }, /^415$/]);
      raw.push(['GET', `/api/${call}`, undefined, {}, /^405$/]);
      raw.push(['PUT', `/api/${call}`, '{}', {}, /^405$/]);
      raw.push(['POST', `/api/${call}`, '{}', { 'x-galley-token': 'guess' }, /^401$/]);
      raw.push(['POST', `/api/${call}`, '{}', { origin: 'http://evil.example' }, /^403$/]);
      raw.push(['POST', `/api/${call}`, '{}', { host: 'evil.example' }, /^421$/]);
    }
    for (const name of ['', '..%2f..%2fetc%2fpasswd', '../../etc/passwd', '__proto__', 'constructor', 'toString', '%00', 'getArticle%00', 'getArticle/extra']) {
      raw.push(['POST', `/api/${name}`, '{}', {}, /^(400|404|405)$/]); // dot segments resolve out of /api/: then it is a POST to a page
    }
    for (const path of ['/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/..\\..\\x', '/%5c..%5c..%5cx', '/%00', '/index.html%00.js', '/%E0%A4%A', '//etc/passwd', `/${'a'.repeat(5000)}`, '/tmp/sentinel/passwd', '/../x']) {
      raw.push(['GET', path, undefined, {}, /^(400|404)$/]);
    }
    raw.push(['GET', '/', undefined, {}, /^200$/]);
    raw.push(['DELETE', '/', undefined, {}, /^405$/]);
    for (const [method, path, body, headers, status] of raw) {
      const reply = await send(method, path, body, headers);
      expect(String(reply.status), `${method} ${path.slice(0, 80)}`).toMatch(status);
      if (reply.status !== 200) {
        const envelope = JSON.parse(reply.body) as Envelope<unknown>;
        expect(envelope.ok).toBe(false);
        if (!envelope.ok) expect(ErrorBody.safeParse(envelope.error).success).toBe(true);
      }
      statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
      t.total++;
    }
    agent.destroy();
    report(`HTTP (statuses ${JSON.stringify(statuses)})`, t);
    expect(t.total).toBeGreaterThan(2_000);
    // Still serving.
    expect((await send('POST', '/api/listArticles', '{}')).status).toBe(200);
    await expectNothingOutsideTouched();
  });

  it('through the IPC handlers of the built main bundle', async () => {
    expect(existsSync(MAIN), 'build first: npx electron-vite build').toBe(true);
    process.env.GALLEY_STAND_IN_HOME = join(outer, 'tmp', 'ipc-home');
    process.env.GALLEY_LIBRARY = join(outer, 'tmp', 'ipc-home', 'library');
    await import(/* @vite-ignore */ MAIN);
    for (let i = 0; i < 500 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(recorded.handlers.size).toBe(CALL_NAMES.length);
    const own = recorded.windows[0].webContents;
    const event = { sender: own, senderFrame: { url: 'galley://app/index.html', parent: null } };

    const t = tally();
    for (const [i, payload] of all.entries()) {
      if (i % 3 !== 0) continue;
      const handler = recorded.handlers.get(channelOf(payload.call))!;
      let outcome: Outcome;
      try {
        outcome = { kind: 'envelope', envelope: (await handler(event, payload.value)) as Envelope<unknown> };
      } catch (error) {
        outcome = { kind: 'threw', error };
      }
      judge(t, payload, outcome);
    }
    // Hostile senders get 'forbidden' before their arguments are even looked at.
    for (const payload of all.slice(0, 200)) {
      const handler = recorded.handlers.get(channelOf(payload.call))!;
      const foreign = { sender: { id: 424242 }, senderFrame: { url: 'https://evil.example/', parent: null } };
      expect(await handler(foreign, payload.value)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      t.total++;
    }
    report('IPC', t);
    expect(t.total).toBeGreaterThan(3_000);
    await expectNothingOutsideTouched();
  });
});
