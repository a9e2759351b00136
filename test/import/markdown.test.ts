// Markdown copy: "# " headline, an italic standfirst, "##" crossheads,
// lists, quotes and emphasis; raw HTML inside it is sanitised.
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../src/services/import/import-copy';
import { allFields, bodyLines, expectValidFields, topLevelTypes, utf8 } from './helpers';

const COPY = `# Rail fares to rise by 5%

*Commuters face the biggest increase in a decade as the cap is lifted*

By Priya Patel

Rail fares in England will rise by **five per cent** in March, the *Department for Transport* said today.

The rise is the largest since 2012.

## What passengers say

Passengers at Waterloo said they were angry:

- Season tickets will cost £250 more
- Off-peak fares rise too
  - including railcards
- Some routes are exempt

1. First point
2. Second point

> “It is daylight robbery,” said one commuter.

---

Share this article
`;

describe('markdown copy', () => {
  it('takes the # heading as headline, the italic line as standfirst and the By line as byline', async () => {
    const copy = await importText(COPY, 'md');
    expect(copy.headline).toBe('Rail fares to rise by 5%');
    expect(copy.standfirst).toBe('Commuters face the biggest increase in a decade as the cap is lifted');
    expect(copy.byline).toBe('Priya Patel');
    expectValidFields(copy);
  });

  it('keeps crossheads, nested lists, ordered lists, blockquote and inline marks', async () => {
    const { body, furniture } = await importText(COPY, 'md');
    expect(topLevelTypes(body)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'bulletList', 'orderedList', 'blockquote']);
    expect(body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Rail fares in England will rise by ' },
        { type: 'text', text: 'five per cent', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' in March, the ' },
        { type: 'text', text: 'Department for Transport', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' said today.' },
      ],
    });
    expect(body.content[2]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What passengers say' }] });
    const list = body.content[4];
    expect(list.type === 'bulletList' && list.content).toHaveLength(3);
    expect(list).toMatchObject({
      content: [
        {},
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ text: 'Off-peak fares rise too' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ text: 'including railcards' }] }] }] },
          ],
        },
        {},
      ],
    });
    expect(body.content[6]).toEqual({
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '“It is daylight robbery,” said one commuter.' }] }],
    });
    // The closing rule and share prompt are trailing furniture.
    expect(furniture).toEqual(['separator: —', 'share-prompt: Share this article']);
  });

  it('reads .md and .markdown files', async () => {
    for (const name of ['fares.md', 'fares.MARKDOWN']) {
      const copy = await importFile(name, utf8(COPY));
      expect(copy.headline).toBe('Rail fares to rise by 5%');
    }
  });

  it('does not take an italic paragraph further down as the standfirst, nor an intro without italics', async () => {
    const copy = await importText('# Headline of the story\n\nThe intro is plain and ends here.\n\n*An italic aside.*\n', 'md');
    expect(copy.standfirst).toBe('');
    expect(bodyLines(copy.body)).toEqual(['The intro is plain and ends here.', 'An italic aside.']);
  });

  it('sanitises raw HTML and javascript: links written in markdown', async () => {
    const copy = await importText(
      '# Safe headline here\n\nClick [here](javascript:alert(1)) now.\n\n<img src="https://tracker.example/x.gif" onerror="alert(2)">\n\n<script>alert(3)</script>\n\n![pic](https://tracker.example/y.png)\n\nLast line.',
      'md',
    );
    expect(allFields(copy)).not.toMatch(/alert|javascript|tracker|onerror|script|<|pic/);
    expect(bodyLines(copy.body)).toEqual(['Click here now.', 'Last line.']);
  });
});
