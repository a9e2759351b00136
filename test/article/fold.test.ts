// The one set of folding rules (src/shared/article/fold.ts), and the callers
// that used to fold in their own ways now agreeing on them.
import { describe, expect, it } from 'vitest';
import { suggestCatchline } from '../../src/shared/article/catchline';
import { fold, foldKeepingAccents, foldKeepingCase, foldKeepingOffsets } from '../../src/shared/article/fold';
import { exportBaseName } from '../../src/shared/export/file-name';
import { compareWithSources } from '../../src/shared/quotes/compare';
import { detectQuotes } from '../../src/shared/quotes/detect';
import { SearchIndex, searchableText } from '../../src/services/store/search-index';
import { speaker } from '../quotes/speaker-fixture';

describe('fold', () => {
  it('matches a name however the copy spells its accents, apostrophe and case', () => {
    expect(fold('Sinéad O’Brien')).toBe("sinead o'brien");
    expect(fold('SINÉAD O‘BRIEN')).toBe("sinead o'brien");
    expect(fold('Sinéad Oʼbrien')).toBe("sinead o'brien");
    // "é" typed as e + combining acute, as some word processors save it.
    expect(fold('Sine\u0301ad O`Brien')).toBe("sinead o'brien");
    expect(fold('Łukasz Żółć')).toBe('łukasz zołc');
    expect(fold('Zoë Nuñez-García')).toBe('zoe nunez-garcia');
  });

  it('makes dashes, quotation marks and spaces plain, and trims', () => {
    expect(fold('  Jean‐Paul\u00a0Mbeki–Okafor  ')).toBe('jean-paul mbeki-okafor');
    expect(fold('“We will appeal,”\u202fshe said — twice')).toBe('"we will appeal," she said - twice');
    expect(fold('Imdad \n\t Qazi')).toBe('imdad qazi');
    // A double prime becomes one straight double quote, not two primes.
    expect(fold('a 12″ record')).toBe('a 12" record');
  });

  it('splits compatibility forms and dotted capitals', () => {
    expect(fold('ﬁnance ministry')).toBe('finance ministry');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('Ｑａｚｉ')).toBe('qazi');
  });
});

describe('foldKeepingAccents', () => {
  it('folds case and typography but not the spelling of a word', () => {
    expect(foldKeepingAccents('Él dijo: “El Año’s”')).toBe('él dijo: "el año\'s"');
    expect(foldKeepingAccents('Sinéad O’Brien')).toBe("sinéad o'brien");
  });

  it('keeps the text as long as it was: an ellipsis stays one character, spaces are not collapsed', () => {
    const text = 'Read more…  Sign\u00a0up to our newsletter';
    expect(foldKeepingAccents(text)).toBe('read more…  sign up to our newsletter');
  });
});

describe('foldKeepingOffsets', () => {
  const paragraph = 'Sinéad O’Brien, the ﬁnance minister, said the 7–2 vote was “a relief” 🎉 for Zoë\u00a0Ní Chonaill.';

  it('has exactly the length of its input, so offsets carry over', () => {
    const folded = foldKeepingOffsets(paragraph);
    expect(folded).toHaveLength(paragraph.length);
    const at = folded.indexOf("zoe ni chonaill");
    expect(at).toBeGreaterThan(0);
    expect(paragraph.slice(at, at + 'Zoë Ní Chonaill'.length)).toBe('Zoë\u00a0Ní Chonaill');
  });

  it('folds as fold does wherever that keeps the length', () => {
    expect(foldKeepingOffsets(paragraph)).toBe('sinead o\'brien, the ﬁnance minister, said the 7-2 vote was "a relief" 🎉 for zoe ni chonaill.');
  });

  it('goes character by character when lower case alone would lengthen the text', () => {
    // "İ".toLowerCase() is i + combining dot: two characters for one.
    expect(foldKeepingOffsets('İSTANBUL’S MAYOR')).toBe("istanbul's mayor");
  });

  it('leaves a lone combining accent in place rather than shortening the text', () => {
    expect(foldKeepingOffsets('Sine\u0301ad')).toBe('sine\u0301ad');
  });
});

describe('foldKeepingCase', () => {
  const paragraph = 'Sinéad O’Brien, the ﬁnance minister, said the 7–2 vote was “a relief” 🎉 for Zoë\u00a0Ní Chonaill.';

  it('folds typography and accents but keeps capitals, which tell a surname from a word', () => {
    expect(foldKeepingCase('Sinéad O’Brien')).toBe("Sinead O'Brien");
    expect(foldKeepingCase('İSTANBUL’S MAYOR')).toBe("ISTANBUL'S MAYOR");
    expect(foldKeepingCase('Amira Said said')).toBe('Amira Said said');
    expect(foldKeepingCase('Amira Said said')).not.toBe(foldKeepingCase('Amira said said'));
  });

  it('has exactly the length of its input, so offsets carry over', () => {
    const folded = foldKeepingCase(paragraph);
    expect(folded).toBe('Sinead O\'Brien, the ﬁnance minister, said the 7-2 vote was "a relief" 🎉 for Zoe Ni Chonaill.');
    expect(folded).toHaveLength(paragraph.length);
    const at = folded.indexOf('Zoe Ni Chonaill');
    expect(paragraph.slice(at, at + 'Zoë Ní Chonaill'.length)).toBe('Zoë\u00a0Ní Chonaill');
  });

  it('leaves a lone combining accent in place rather than shortening the text', () => {
    expect(foldKeepingCase('Sine\u0301ad')).toBe('Sine\u0301ad');
  });
});

describe('callers that fold', () => {
  it('detection matches the directory’s "Sinead O\'Brien" to “Sinéad O’Brien” in the copy', () => {
    const known = [speaker({ id: 'sinead-obrien', name: "Sinead O'Brien", pronoun: 'she' })];
    const d = detectQuotes(['“We will appeal the ruling,” said Sinéad O’Brien, the union’s general secretary.'], { knownSpeakers: known });
    expect(d.quotes[0].speaker).toEqual({ name: "Sinead O'Brien", key: 'sinead-obrien' });
  });

  it('detection resolves a later reference written with a straight apostrophe to the curly first mention', () => {
    const d = detectQuotes([
      'Sinéad O’Brien, the union’s general secretary, said members had voted to strike.',
      '“We have no choice,” O\'Brien said.',
    ]);
    expect(d.speakers).toHaveLength(1);
    expect(d.quotes[0].speaker?.name).toBe('Sinéad O’Brien');
  });

  it('search finds accented and curly text from a plain query, and cuts the snippet from the original', async () => {
    const copy: Record<string, [string, string]> = {
      a1: ['Strike vote', 'Sinéad O’Brien said the vote was “a relief”.'],
      // The same name with its accent typed as e + combining acute.
      a2: ['Pay talks', 'Talks with Sine\u0301ad Walsh resumed.'],
    };
    // The index keeps no text: it reads a story's text, as the store reads its file, when it must look inside.
    const index = new SearchIndex(async (id) => searchableText(...copy[id]));
    for (const [id, [headline, text]] of Object.entries(copy)) index.set(id, headline, text);
    expect((await index.search("sinead o'brien", null)).map((h) => h.id)).toEqual(['a1']);
    expect((await index.search('sinead', null)).map((h) => h.id).sort()).toEqual(['a1', 'a2']);
    expect((await index.search("o'brien", null))[0].snippet).toContain('Sinéad O’Brien said');
  });

  it('quote checks still treat an accent as part of the word', () => {
    const source = [{ id: 'notes', label: 'Interview notes', text: 'Dijo que él no sabía nada del año pasado.' }];
    expect(compareWithSources('él no sabía nada', source).verdict).toBe('verbatim');
    expect(compareWithSources('el no sabía nada', source).verdict).toBe('differs');
  });

  it('slugs drop accents as before', () => {
    expect(suggestCatchline('Sinéad O’Brien wins Ōsaka appeal')).toBe('sinead-o-brien');
    expect(exportBaseName({ catchline: 'Zoë–Ní Chonaill', id: 'fallback' })).toBe('zoe-ni-chonaill');
  });
});
