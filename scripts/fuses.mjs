#!/usr/bin/env node
// Flips Electron's fuses on a packaged Galley, for release builds only.
//
//   node scripts/fuses.mjs <packaged app>      e.g. dist/linux-unpacked/galley, dist/mac/Galley.app, dist/win-unpacked/Galley.exe
//   node scripts/fuses.mjs --check <app>       prints the fuses and fails unless they are as below
//
// The test build that Playwright launches is left unfused: Playwright's
// _electron drives the app through --remote-debugging-port and the inspector,
// which EnableNodeCliInspectArguments off would refuse (docs/security.md).
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/** What a release of Galley runs with; each line is explained in docs/security.md. */
export const RELEASE_FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium storage encrypted with an OS-held key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash embedded at packaging time (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, never a loose app/ folder someone dropped beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // file:// gets no more than a web origin would; Galley serves itself from galley://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

const NAMES = Object.fromEntries(Object.entries(FuseV1Options).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v, k]));
const STATES = { [FuseState.ENABLE]: 'on', [FuseState.DISABLE]: 'off', [FuseState.REMOVED]: 'removed', [FuseState.INHERIT]: 'inherit' };

/** Fuses of `app` that differ from RELEASE_FUSES, as sentences. */
export async function differences(app) {
  const wire = await getCurrentFuseWire(app);
  const wrong = [];
  for (const [index, wanted] of Object.entries(RELEASE_FUSES)) {
    if (index === 'version') continue;
    const state = wire[index];
    if (state === FuseState.REMOVED) continue; // this Electron no longer has the fuse: nothing to set
    const on = state === FuseState.ENABLE;
    if (on !== wanted) wrong.push(`${NAMES[index]} is ${STATES[state] ?? state}, should be ${wanted ? 'on' : 'off'}`);
  }
  return { wire, wrong };
}

export async function fuse(app) {
  await flipFuses(app, { ...RELEASE_FUSES, resetAdHocDarwinSignature: process.platform === 'darwin' && process.arch === 'arm64' });
  return differences(app);
}

async function main() {
  const args = process.argv.slice(2);
  const check = args[0] === '--check';
  const app = check ? args[1] : args[0];
  if (!app) {
    console.error('usage: node scripts/fuses.mjs [--check] <packaged app: the executable, or the .app on macOS>');
    process.exit(2);
  }
  const { wire, wrong } = check ? await differences(app) : await fuse(app);
  for (const [index, state] of Object.entries(wire)) {
    if (index !== 'version') console.log(`${(NAMES[index] ?? `fuse ${index}`).padEnd(40)} ${STATES[state] ?? state}`);
  }
  if (wrong.length) {
    console.error(`Not fused for release:\n  ${wrong.join('\n  ')}`);
    process.exit(1);
  }
  console.log(check ? 'Fused for release.' : `Fuses flipped for release on ${app}.`);
  if (!check && process.platform === 'darwin') console.log('Sign the app again: flipping fuses invalidates its code signature.');
}

import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`fuses: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
}
