// Whether a chief sub's pattern can be run by the browser's own regular
// expressions or must go to a linear-time engine. A backtracking engine can
// take minutes on one paragraph for a pattern that repeats a repeat
// ("(a+)+$") or repeats a choice whose branches overlap ("(a|aa)+$"), and a
// synchronous match cannot be stopped once started. Such patterns are run by
// RE2JS (RE2's automaton in JavaScript: time linear in the text, however the
// pattern is written), or set aside when RE2 cannot express them
// (back-references, look-arounds). Safe patterns keep the native engine,
// which is some hundred times faster on a whole story.
import safeRegex from 'safe-regex2';

/** True when the pattern may backtrack catastrophically under a backtracking engine. */
export function mayBacktrack(source: string): boolean {
  let safe: boolean;
  try {
    safe = safeRegex(screenForm(source));
  } catch {
    safe = false;
  }
  return !safe || repeatsAChoice(source);
}

/**
 * The pattern as the star-height test should see it: bounded repeats ("?",
 * "{2}", "{1,3}") cannot run away, so they are dropped; look-behinds and
 * named groups, which the test's parser does not know, become plain groups.
 */
function screenForm(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    if (ch === '(' && source[i + 1] === '?') {
      const named = /^\(\?<(?![=!])[^>]*>/u.exec(source.slice(i));
      const behind = /^\(\?<[=!]/u.exec(source.slice(i));
      if (named || behind) {
        out += behind ? '(?:' : '(';
        i += (named ?? behind)![0].length - 1;
        continue;
      }
      out += '(?';
      i++;
      continue;
    }
    if (ch === '?') continue;
    if (ch === '{') {
      const bounded = /^\{\d+(?:,\d+)?\}/u.exec(source.slice(i));
      if (bounded) {
        i += bounded[0].length - 1;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

// A group holding a top-level "|" followed by a repeat (*, + or {n,}).
function repeatsAChoice(source: string): boolean {
  const groups: Array<{ choice: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push({ choice: false });
    else if (ch === '|' && groups.length) groups[groups.length - 1].choice = true;
    else if (ch === ')') {
      const group = groups.pop();
      const next = source[i + 1];
      const unbounded = next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/u.test(source.slice(i + 1)));
      if (group?.choice && unbounded) return true;
    }
  }
  return false;
}
