// `npm run serve` as a process: the address it prints opens one tab, and
// each time one is used it prints the next, which the test helpers read.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrintedAddresses } from '../../e2e/support/server-address';

const SERVE = resolve('out/node/serve.js');
let root: string;
let child: ChildProcess;
let addresses: PrintedAddresses;
let printed = '';

function trade(address: string): Promise<{ status: number; token?: string }> {
  const url = new URL(address);
  const ticket = new URLSearchParams(url.hash.slice(1)).get('ticket') ?? '';
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: '/session', method: 'POST', headers: { 'x-galley-ticket': ticket } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => done({ status: res.statusCode!, token: res.statusCode === 200 ? JSON.parse(body).value.token : undefined }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  if (!existsSync(SERVE)) throw new Error('Build first (npm run build): out/node/serve.js is missing');
  root = await mkdtemp(join(tmpdir(), 'galley-serve-'));
  child = spawn(process.execPath, [SERVE, '--library', join(root, 'library'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (printed += chunk));
  addresses = new PrintedAddresses(child.stdout!);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    await new Promise((done) => {
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  }
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the addresses npm run serve prints', () => {
  it('opens one tab per address, prints the next after each use, and never prints the token', async () => {
    const first = await addresses.next();
    expect(printed).toMatch(/^Galley is running at http:\/\/127\.0\.0\.1:\d+\/#ticket=[\w-]+$/m);
    const opened = await trade(first);
    expect(opened.status).toBe(200);
    expect((await trade(first)).status).toBe(401);
    const second = await addresses.next();
    expect(second).not.toBe(first);
    expect(new URL(second).origin).toBe(new URL(first).origin);
    const again = await trade(second);
    expect(again).toEqual({ status: 200, token: opened.token });
    await addresses.next();
    expect(printed).not.toContain(opened.token!);
    expect(printed).toMatch(/That address has been used; to open Galley in another tab or browser: http:\/\/127\.0\.0\.1:\d+\/#ticket=/);
  });
});
