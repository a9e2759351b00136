// Electronegativity over src/: every finding fixed or justified where it is
// found (scripts/electronegativity.mjs), and the justification convention
// itself, checked on small texts.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script with no type declarations
import { judge, parseCsv, readMark } from '../../scripts/electronegativity.mjs';

describe('electronegativity', () => {
  it('finds nothing unjustified in src', () => {
    const run = spawnSync(process.execPath, ['scripts/electronegativity.mjs', 'src'], { encoding: 'utf8', timeout: 120_000 });
    console.log(`[electronegativity]\n${run.stdout}${run.stderr}`);
    expect(run.status, run.stdout).toBe(0);
  });

  it('honours a justification on or above the flagged line, and only one with a reason', () => {
    const csv = [
      'issue, severity, confidence, filename, location, sample, description, url',
      'SANDBOX_JS_CHECK,"MEDIUM","FIRM","/a.ts","3:2","new BrowserWindow({","Use sandbox, please",https://x',
      'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","/a.ts","6:1","shell.openExternal(url)","Review ""openExternal""",https://x',
      'PRELOAD_JS_CHECK,"MEDIUM","FIRM","/a.ts","8:1","preload","Review",https://x',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"Missing",https://x',
    ].join('\n');
    const findings = parseCsv(csv);
    expect(findings[1].description).toBe('Review "openExternal"');
    const file = [
      '// electronegativity-ignore: SANDBOX_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK — set in the shared preferences',
      '// (the checker does not follow the spread)',
      'const w = new BrowserWindow({',
      '});',
      '// electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK',
      'shell.openExternal(url);',
      'const x = 1; // electronegativity-ignore: SANDBOX_JS_CHECK — wrong check',
      'preload();',
    ].join('\n');
    const { justified, unjustified } = judge(findings, () => file, []);
    expect(justified.map((f: { issue: string }) => f.issue)).toEqual(['SANDBOX_JS_CHECK']);
    expect(unjustified.map((f: { issue: string }) => f.issue)).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']);
    const global = readMark('// electronegativity-ignore-global: PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK — handled in session.ts');
    expect(judge(findings.slice(3), () => '', [global]).justified).toHaveLength(1);
    expect(readMark('<!-- electronegativity-ignore: CSP_GLOBAL_CHECK — inline styles for ProseMirror -->')).toMatchObject({ checks: ['CSP_GLOBAL_CHECK'] });
  });
});
