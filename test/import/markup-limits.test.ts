// HTML and Markdown built to stall a parser (nested tens of thousands deep,
// or hundreds of thousands of elements) are refused by name before any
// parser builds them; copy nested as real copy is, and a long real page, still import.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/services/import/import-copy';
import { utf8 } from './helpers';

describe('markup past the limits', () => {
  it('HTML nested 20,000 deep is refused by name', async () => {
    await expect(importFile('deep.html', utf8(`${'<div>'.repeat(20_000)}Crews fought the blaze.`))).rejects.toMatchObject({
      code: 'unreadable-file',
      message: '“deep.html” is nested more than 500 levels deep, far deeper than any story; Galley cannot read it as copy.',
    });
  });

  it('HTML of 250,000 elements is refused by name', async () => {
    await expect(importFile('many.htm', utf8('<span>x</span>'.repeat(250_000)))).rejects.toMatchObject({
      message: '“many.htm” holds more than 200,000 pieces of markup, far more than any story; Galley cannot read it as copy.',
    });
  });

  it('Markdown quotes nested 100,000 deep are refused by name', async () => {
    await expect(importFile('quotes.md', utf8(`${'>'.repeat(100_000)} Crews fought the blaze.`))).rejects.toMatchObject({
      message: expect.stringMatching(/^“quotes\.md” is nested more than 500 levels deep \(quotes or lists inside each other\)/),
    });
  });

  it('Markdown that renders to HTML nested past the limit is refused by the HTML check, naming the file', async () => {
    await expect(importFile('divs.md', utf8(`# Fire\n\n${'<div>\n'.repeat(2_000)}Crews fought the blaze.`))).rejects.toMatchObject({
      message: '“divs.md” is nested more than 500 levels deep, far deeper than any story; Galley cannot read it as copy.',
    });
  });
});

describe('markup within the limits', () => {
  it('unclosed paragraphs and list items, as old pages write them, do not count as nesting', async () => {
    const page = `<h1>Harbour fire</h1>${'<p>Crews fought the blaze at the marina overnight.'.repeat(600)}<ul>${'<li>item'.repeat(600)}</ul>`;
    const copy = await importFile('old.html', utf8(page));
    expect(copy.headline).toBe('Harbour fire');
  });

  it('a horizontal rule drawn with 600 dashes is not nesting', async () => {
    const copy = await importFile('rule.md', utf8(`# Harbour fire\n\nCrews fought the blaze.\n\n${'-'.repeat(600)}\n\nMore copy.`));
    expect(copy.headline).toBe('Harbour fire');
  });
});
