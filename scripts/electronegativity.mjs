#!/usr/bin/env node
// Runs Doyensec's Electronegativity over the sources and fails on any finding
// that is not justified where it is found.
//
//   node scripts/electronegativity.mjs [input folder, default src]
//
// A finding is justified by a comment naming its check and giving a reason,
// on the flagged line or in the comment block directly above it:
//
//   // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK — set in WEB_PREFERENCES; the checker does not follow the spread
//   <!-- electronegativity-ignore: CSP_GLOBAL_CHECK — ProseMirror positions widgets with inline styles -->
//
// Global checks carry no file or line; they are justified by a comment
// anywhere under the input folder:
//
//   // electronegativity-ignore-global: PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK — reason
//
// A comment without a reason (the text after the dash) justifies nothing.
// Exit 0: no unjustified finding. Exit 1: at least one. Exit 2: the tool did not run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ELECTRON_VERSION = '45.0.0';
const MARK = /electronegativity-ignore(-global)?:\s*([A-Z0-9_,\s]+?)\s*(?:—|–|--|-)\s*(\S.*?)\s*(?:-->|\*\/)?\s*$/;

/** Parses the tool's CSV (quoted fields, "" for a quote inside one). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  const [header, ...body] = rows;
  const names = header.map((h) => h.trim());
  return body.map((cells) => Object.fromEntries(names.map((name, i) => [name, (cells[i] ?? '').trim()])));
}

/** The justification comment in `line`, if any: the checks it names and its reason. */
export function readMark(line) {
  const match = MARK.exec(line);
  if (!match) return null;
  const checks = match[2].split(/[\s,]+/).filter(Boolean);
  const reason = match[3].trim();
  if (!checks.length || reason.length < 3) return null;
  return { global: Boolean(match[1]), checks, reason };
}

const isCommentLine = (line) => /^\s*(\/\/|\/\*|\*|<!--)/.test(line) || /-->\s*$/.test(line);

/**
 * Splits findings into justified and not. `read(path)` returns a file's text;
 * `globalMarks` are the marks found anywhere under the input folder.
 */
export function judge(findings, read, globalMarks) {
  const justified = [];
  const unjustified = [];
  for (const finding of findings) {
    const check = finding.issue;
    let mark = null;
    if (!finding.filename || finding.filename === 'N/A') {
      mark = globalMarks.find((m) => m.checks.includes(check)) ?? null;
    } else {
      const lineNo = Number(String(finding.location).split(':')[0]);
      const lines = read(finding.filename).split(/\r?\n/);
      const candidates = [lines[lineNo - 1] ?? ''];
      for (let i = lineNo - 2; i >= 0 && isCommentLine(lines[i]); i--) candidates.push(lines[i]);
      for (const line of candidates) {
        const found = readMark(line);
        if (found && !found.global && found.checks.includes(check)) {
          mark = found;
          break;
        }
      }
    }
    (mark ? justified : unjustified).push({ ...finding, reason: mark?.reason });
  }
  return { justified, unjustified };
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(m?[jt]sx?|html?)$/.test(name)) out.push(path);
  }
  return out;
}

export function globalMarksUnder(dir) {
  const marks = [];
  for (const file of sourceFiles(dir)) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const mark = readMark(line);
      if (mark?.global) marks.push({ ...mark, file });
    }
  }
  return marks;
}

/** A finding as the tool writes it: a check's name, and where it was found. */
const wellFormed = (finding) => /^[A-Z0-9_]+_CHECK$/.test(finding.issue) && finding.filename !== '';

export function runElectronegativity(input, attempts = 3) {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  let log = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const out = mkdtempSync(join(tmpdir(), 'galley-electronegativity-'));
    const csv = join(out, 'out.csv');
    try {
      // Offline it says it could not fetch Electron's releases or translations, and still writes its findings.
      const run = spawnSync(process.execPath, [bin, '-i', input, '-e', ELECTRON_VERSION, '-o', csv], { encoding: 'utf8', timeout: 120_000 });
      log = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
      let text;
      try {
        text = readFileSync(csv, 'utf8');
      } catch {
        continue;
      }
      // On a busy machine the tool has been seen to leave a garbled file (a row starting mid-field):
      // it is run again rather than its garbage judged.
      const findings = parseCsv(text);
      if (findings.every(wellFormed)) return { ok: true, findings };
      log = `the findings file was garbled:\n${text}`;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  return { ok: false, log };
}

function main() {
  const input = resolve(process.argv[2] ?? 'src');
  const run = runElectronegativity(input);
  if (!run.ok) {
    console.error(`electronegativity did not write its findings:\n${run.log}`);
    process.exit(2);
  }
  const { justified, unjustified } = judge(run.findings, (path) => readFileSync(path, 'utf8'), globalMarksUnder(input));
  const where = (f) => (f.filename === 'N/A' ? '(global)' : `${f.filename.replace(`${process.cwd()}/`, '')}:${f.location}`);
  for (const f of justified) console.log(`justified  ${f.issue} ${where(f)} — ${f.reason}`);
  for (const f of unjustified) console.log(`FINDING    ${f.issue} [${f.severity}/${f.confidence}] ${where(f)}: ${f.description} (${f.url})`);
  console.log(`${run.findings.length} findings: ${justified.length} justified, ${unjustified.length} not.`);
  process.exit(unjustified.length ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
export const scriptPath = fileURLToPath(import.meta.url);
