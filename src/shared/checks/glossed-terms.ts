// A foreign term the reporter explains where it stands: "a minga, the
// communal work day", "the ayllu (the village assembly)", "oca, a kind of
// tuber", "kawsay — meaning good living", or "what locals call quincha".
// The gloss says the word is meant, so it is not a misspelling. But an
// English slip can stand in the same place ("the goverment, the only
// employer"), so a word that looks like a slip of an English word keeps its
// flag: that guard matters more than passing every gloss.

// After the word (and up to two more small words of the term, themselves unknown): a comma or bracket or dash, then the gloss.
const GLOSS_AFTER = /^((?: \p{Ll}+){0,2})(?:,\s+(?:the|a|an|or|meaning|literally|which means)\s|\s*\(\s*(?:the|a|an|or|meaning|literally|“|")|\s*[—–]\s*(?:the|a|an|meaning|literally)\s)/u;
// Before the word: "known as", "called", "what locals call", perhaps with an opening quotation mark.
const GLOSS_BEFORE = /(?:\bknown as|\bcalled|\bwhat (?:\p{Ll}+ ){0,2}calls?|\bthe (?:term|word))\s+["“‘']?$/u;

/**
 * Whether some spelling a slip away from `word` is a word it is likely a misspelling of: two letters
 * swapped, a doubled letter single, or a letter dropped (any length); a letter added to a word of
 * five letters or more, or one letter changed in a word of six or more. What is left, a short word
 * one letter changed or added ("minga" for "mingy" or "mina"), is as likely a foreign word.
 */
export function slipOfEnglish(word: string, knows: (spelling: string) => boolean): boolean {
  const n = word.length;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < n - 1 && tail[0] !== tail[1] && knows(head + tail[1] + tail[0] + tail.slice(2))) return true;
    if (i < n && (n - 1 >= 5 || (i > 0 && word[i - 1] === word[i])) && knows(head + tail.slice(1))) return true;
    for (const letter of letters) {
      if (n + 1 >= 5 && knows(head + letter + tail)) return true;
      if (n >= 6 && i < n && letter !== tail[0] && knows(head + letter + tail.slice(1))) return true;
    }
  }
  return false;
}

const VOWELS = 'aeiou';
/** Past this length a misspelling is often two slips off ("vehical", "accidently"), so cheap two-slip spellings are tried too. */
const LONG = 7;

/**
 * The spellings one cheap slip from `word`: two letters swapped, a letter dropped, a vowel added or
 * changed, a letter doubled. Two of these cover the two-slip misspellings reporters make ("vehical",
 * "maintainance", "accidently", "bizzare", "tommorow") at a hundredth of the cost of every two-slip spelling.
 */
function cheapSlips(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length) out.push(head + tail.slice(1), head + tail[0] + tail);
    if (i < word.length - 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const v of VOWELS) {
      out.push(head + v + tail);
      if (i < word.length && tail[0] !== v) out.push(head + v + tail.slice(1));
    }
  }
  return out;
}

/** Whether two cheap slips (cheapSlips) take `word` to a dictionary word. */
function twoCheapSlipsFromKnown(word: string, knows: (spelling: string) => boolean): boolean {
  const first = cheapSlips(word);
  return first.some(knows) || first.some((w) => cheapSlips(w).some(knows));
}

// The keys around each letter on a QWERTY keyboard: a finger landing one key off makes most typing slips.
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
  for (let c = 0; c < KEYBOARD_ROWS[r].length; c++) {
    const around = [KEYBOARD_ROWS[r][c - 1], KEYBOARD_ROWS[r][c + 1], KEYBOARD_ROWS[r - 1]?.[c], KEYBOARD_ROWS[r - 1]?.[c + 1], KEYBOARD_ROWS[r + 1]?.[c], KEYBOARD_ROWS[r + 1]?.[c - 1]];
    NEIGHBOURS.set(KEYBOARD_ROWS[r][c], around.filter(Boolean).join(''));
  }
}

/**
 * Whether `word` is an English word typed with one key a neighbour off ("hpuse" for "house", "citu" for
 * "city"): the slip of a finger, at four letters or more, which a reporter's gloss-like sentence ("a new hpuse, the
 * first …") must not hide.
 */
export function keyboardSlipOfEnglish(word: string, knows: (spelling: string) => boolean): boolean {
  // Three letters have a neighbour-key word nearly always ("oca", "ova"): from four a hit says something.
  if (word.length < 4) return false;
  for (let i = 0; i < word.length; i++) {
    for (const key of NEIGHBOURS.get(word[i]) ?? '') if (knows(word.slice(0, i) + key + word.slice(i + 1))) return true;
  }
  return false;
}

/** Whether the unknown small word at [start, end) of `text` is a foreign term glossed where it stands, and no likely slip of an English word. */
export function glossedTerm(text: string, start: number, end: number, knows: (spelling: string) => boolean): boolean {
  const after = GLOSS_AFTER.exec(text.slice(end, end + 40));
  // Words between the term and its gloss are more of the term ("sumak kawsay — meaning …"), never English ones.
  const glossedAfter = after !== null && after[1].split(' ').every((w) => !w || !knows(w));
  const glossed = glossedAfter || GLOSS_BEFORE.test(text.slice(Math.max(0, start - 30), start));
  if (!glossed) return false;
  const word = text.slice(start, end);
  return !slipOfEnglish(word, knows) && !keyboardSlipOfEnglish(word, knows) && !(word.length >= LONG && twoCheapSlipsFromKnown(word, knows));
}
