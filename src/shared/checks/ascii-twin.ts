// A pattern's twin for copy whose letters, marks and figures are all ASCII
// (curly quotes and dashes allowed: they are none of those). On such copy a
// Unicode class finds exactly what its ASCII range finds — \p{Lu} is A–Z,
// \p{N} is 0–9, \p{M} is nothing — and the regular-expression engine scans
// for a short range many times faster than for a Unicode property, which
// may be a surrogate pair. The walk (scan.ts) says whether a block's letters
// are all ASCII; the twin is used only then.

/** Each property the twin can stand in for: its ASCII members as class contents ('' for none). */
const ASCII_MEMBERS: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Letter: 'A-Za-z',
  Lu: 'A-Z',
  Uppercase_Letter: 'A-Z',
  Ll: 'a-z',
  Lowercase_Letter: 'a-z',
  Lt: '',
  Titlecase_Letter: '',
  Lm: '',
  Modifier_Letter: '',
  Lo: '',
  Other_Letter: '',
  M: '',
  Mark: '',
  Mn: '',
  Nonspacing_Mark: '',
  Mc: '',
  Spacing_Mark: '',
  Me: '',
  Enclosing_Mark: '',
  N: '0-9',
  Number: '0-9',
  Nd: '0-9',
  Decimal_Number: '0-9',
  Nl: '',
  Letter_Number: '',
  No: '',
  Other_Number: '',
};

/**
 * The pattern with each \p{…} of letters, marks or figures written as its ASCII range, or null when
 * it has none or uses a form the twin cannot state (another property, \P{…} inside a class).
 */
export function asciiTwin(source: string): string | null {
  let out = '';
  let inClass = false;
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close < 0) return null;
        const members = ASCII_MEMBERS[source.slice(i + 3, close).replace(/^(?:gc|General_Category)=/u, '')];
        if (members === undefined) return null;
        const negated = next === 'P';
        if (inClass) {
          if (negated) return null;
          out += members;
        } else out += negated ? `[^${members}]` : `[${members}]`;
        changed = true;
        i = close;
        continue;
      }
      out += ch + (next ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    out += ch;
  }
  return changed ? out : null;
}
