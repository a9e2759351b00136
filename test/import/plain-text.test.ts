// Plain-text copy: how lines become paragraphs, and how headline, standfirst
// and byline are found, or not invented.
import { describe, expect, it } from 'vitest';
import { blocksFromPlainText } from '../../src/shared/import/plain-text';
import { normaliseText } from '../../src/shared/import/normalise';
import { importFile, importText } from '../../src/services/import/import-copy';
import { bodyLines, expectValidFields, utf8 } from './helpers';

describe('normalising whitespace', () => {
  it('folds no-break spaces, collapses runs and trims, keeping typography', () => {
    expect(normaliseText('\u00a0 “Quote,”\u202fshe said\u2007—\t\tit’s  true… \u00a0')).toBe('“Quote,” she said — it’s true…');
  });

  it('drops control characters, zero-width spaces and soft hyphens', () => {
    expect(normaliseText('a\u0007b\u200bc\u00add\ufeffe')).toBe('abcde');
  });
});

describe('lines into paragraphs', () => {
  it('reads one paragraph per line', () => {
    expect(blocksFromPlainText('First line.\nSecond line.\n\nThird line.').map((b) => b.text)).toEqual([
      'First line.',
      'Second line.',
      'Third line.',
    ]);
  });

  it('rejoins hard-wrapped paragraphs, and keeps short lines apart', () => {
    const wrapped = [
      'Floods close the coast road',
      '',
      'The coast road between the two towns was closed on Sunday after',
      'heavy rain caused flooding in several places along its length, the',
      'council said in a statement issued late in the afternoon.',
      '',
      'Drivers were told to use the inland route until further notice was',
      'given by the highways department, which expected the water to fall.',
      '',
      'Share this article',
      'Donate today',
    ].join('\n');
    expect(blocksFromPlainText(wrapped).map((b) => b.text)).toEqual([
      'Floods close the coast road',
      'The coast road between the two towns was closed on Sunday after heavy rain caused flooding in several places along its length, the council said in a statement issued late in the afternoon.',
      'Drivers were told to use the inland route until further notice was given by the highways department, which expected the water to fall.',
      'Share this article',
      'Donate today',
    ]);
  });
});

describe('fields from plain copy', () => {
  it('finds a standfirst only where a byline separates it from the intro', async () => {
    const copy = await importText(
      [
        'Hospital waiting lists hit new record',
        'More than seven million people are now waiting for treatment',
        'By Jane Smith',
        'Waiting lists in England have reached a record high, figures show.',
        'The figures were published this morning.',
      ].join('\n\n'),
      'txt',
    );
    expect(copy.headline).toBe('Hospital waiting lists hit new record');
    expect(copy.standfirst).toBe('More than seven million people are now waiting for treatment');
    expect(copy.byline).toBe('Jane Smith');
    expect(bodyLines(copy.body)).toEqual([
      'Waiting lists in England have reached a record high, figures show.',
      'The figures were published this morning.',
    ]);
    expectValidFields(copy);
  });

  it('takes the line after a byline as the intro, not a standfirst', async () => {
    const copy = await importText(
      ['Hospital waiting lists hit new record', 'by Jane Smith', 'More than seven million people are now waiting', 'It is a record.'].join('\n'),
      'txt',
    );
    expect(copy.byline).toBe('Jane Smith');
    expect(copy.standfirst).toBe('');
    expect(bodyLines(copy.body)[0]).toBe('More than seven million people are now waiting');
  });

  it('recognises a "Name, Role" byline', async () => {
    const copy = await importText('Budget leaks investigated\nJane Smith, Political Correspondent\nThe Treasury has opened an inquiry.', 'txt');
    expect(copy.byline).toBe('Jane Smith, Political Correspondent');
    expect(bodyLines(copy.body)).toEqual(['The Treasury has opened an inquiry.']);
  });

  it('invents no standfirst or byline: a short intro after the headline is body', async () => {
    const copy = await importText('Council tax to rise\n\nBills will rise in April.\n\nThe council confirmed it.', 'txt');
    expect(copy).toMatchObject({ headline: 'Council tax to rise', standfirst: '', byline: '' });
    expect(bodyLines(copy.body)).toEqual(['Bills will rise in April.', 'The council confirmed it.']);
  });

  it('finds no headline when the copy opens with prose, and keeps every line as body', async () => {
    const lines = ['The council confirmed last night that bills would rise.', 'A short second line', 'Third paragraph here.'];
    const copy = await importText(lines.join('\n'), 'txt');
    expect(copy.headline).toBe('');
    expect(bodyLines(copy.body)).toEqual(lines);
  });

  it('accepts a question as a headline, and passes over a one-word kicker', async () => {
    const copy = await importText('EXCLUSIVE\n\nIs this the end of the high street?\n\nShops are closing at a record rate.', 'txt');
    expect(copy.headline).toBe('Is this the end of the high street?');
    expect(copy.furniture).toEqual(['before-headline: EXCLUSIVE']);
    expect(bodyLines(copy.body)).toEqual(['Shops are closing at a record rate.']);
  });

  it('gives an empty body as one empty paragraph when the copy is a headline alone', async () => {
    const copy = await importFile('headline-only.txt', utf8('Just a headline here\n'));
    expect(copy.headline).toBe('Just a headline here');
    expect(copy.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expectValidFields(copy);
  });
});
