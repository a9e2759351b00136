// Furniture rules: what goes, and above all what stays. A story sentence
// that mentions donating, sharing, cookies or newsletters is still story.
import { describe, expect, it } from 'vitest';
import { paragraphBlock } from '../../src/shared/import/blocks';
import { FURNITURE_RULES, stripFurniture } from '../../src/shared/import/furniture';
import { importText } from '../../src/services/import/import-copy';
import { bodyLines } from './helpers';

const strip = (lines: string[]) => {
  const { blocks, stripped } = stripFurniture(lines.map(paragraphBlock));
  return { kept: blocks.map((b) => b.text), stripped };
};

const HEADLINE = 'Charity shops report record donations';
const STORY = [
  'Charity shops across the country reported record donations this year, the trade body said.',
  'Shoppers were urged to share the news and donate unwanted clothes rather than throw them away.',
  '“We need people to keep giving,” said the chief executive, who asked readers to donate today.',
  'The website, which uses cookies to track visitors, crashed under the load.',
  'Staff said they had signed up to the newsletter of a rival chain to see what it was doing.',
];

describe('story sentences that mention furniture words stay', () => {
  it('keeps every sentence, wherever it sits', () => {
    const { kept, stripped } = strip([HEADLINE, ...STORY]);
    expect(kept).toEqual([HEADLINE, ...STORY]);
    expect(stripped).toEqual([]);
  });

  it('keeps them when furniture surrounds the story', () => {
    const { kept } = strip(['Skip to main content', 'Home', HEADLINE, ...STORY, 'Share this article', 'Donate today']);
    expect(kept).toEqual([HEADLINE, ...STORY]);
  });

  it('keeps a closing quote from a fundraiser, which is reported speech, not an appeal', () => {
    const last = '“We’re a reader-owned co-operative and we need you to buy shares,” the society’s chair said.';
    const { kept } = strip([HEADLINE, ...STORY, last, 'Become a supporter']);
    expect(kept[kept.length - 1]).toBe(last);
  });

  it('keeps a closing paragraph about an appeal that names who made it', () => {
    const last = 'The co-operative said it hoped readers would support our campaign by buying shares.';
    expect(strip([HEADLINE, ...STORY, last]).kept).toContain(last);
  });

  it('leaves a reader appeal in the middle of the story alone: only the tail is searched for appeals', () => {
    const appeal = 'We are a reader-owned co-operative: you can support us by buying shares.';
    const { kept } = strip([HEADLINE, STORY[0], appeal, STORY[1]]);
    expect(kept).toContain(appeal);
  });

  it('keeps a cookie sentence mid-story but strips a cookie notice before the story', () => {
    const notice = 'We use cookies to give you the best experience on our website.';
    const { kept, stripped } = strip([notice, HEADLINE, ...STORY]);
    expect(kept).toEqual([HEADLINE, ...STORY]);
    expect(stripped).toEqual([{ rule: 'cookie-notice', text: notice }]);
  });

  describe('a quotation protects a block that reads like an appeal or a cookie notice', () => {
    // A co-operative's last-ditch appeal, quoted as the story's last line, with no "said" to mark it as reported.
    const appeal = 'Her message to readers was simple: ‘Support us by buying shares, or we will close by Christmas.’';

    it('in British single curly marks', () => {
      expect(strip([HEADLINE, ...STORY, appeal]).kept.at(-1)).toBe(appeal);
    });

    it('in single straight marks', () => {
      const straight = appeal.replace(/[‘’]/gu, "'");
      expect(strip([HEADLINE, ...STORY, straight]).kept.at(-1)).toBe(straight);
    });

    it('in double marks, curly or straight', () => {
      const curly = appeal.replace('‘', '“').replace('’', '”');
      const straight = appeal.replace(/[‘’]/gu, '"');
      expect(strip([HEADLINE, ...STORY, curly]).kept.at(-1)).toBe(curly);
      expect(strip([HEADLINE, ...STORY, straight]).kept.at(-1)).toBe(straight);
    });

    it('for an intro pasted without its headline that opens on the banner’s words', () => {
      const intro = '‘We use cookies to give you the best experience on our website’ is a line every web user has learned to click past.';
      const { kept, stripped } = strip([intro, ...STORY]);
      expect(kept).toEqual([intro, ...STORY]);
      expect(stripped).toEqual([]);
    });

    it('but apostrophes, curly or straight, are not quotations: the notice and the appeal still go', () => {
      const notice = 'We use cookies to give you the best experience on our website. By continuing, you agree we’re allowed to store them on your device\'s browser.';
      const tailAppeal = "We're a reader-owned co-operative: support the People’s Press by buying shares.";
      const { kept, stripped } = strip([notice, HEADLINE, ...STORY, tailAppeal]);
      expect(kept).toEqual([HEADLINE, ...STORY]);
      expect(stripped).toEqual([
        { rule: 'cookie-notice', text: notice },
        { rule: 'reader-appeal', text: tailAppeal },
      ]);
    });
  });

  it('keeps a short last line when nothing marks it as furniture', () => {
    const { kept } = strip([HEADLINE, ...STORY, 'Additional reporting by Reuters', 'Ends']);
    expect(kept.slice(-2)).toEqual(['Additional reporting by Reuters', 'Ends']);
  });

  it('a story through the whole pipeline keeps its "donate" and "share" sentences', async () => {
    const copy = await importText(['Skip to main content', '', HEADLINE, '', ...STORY.flatMap((s) => [s, '']), 'Share this article'].join('\n'), 'txt');
    expect(copy.headline).toBe(HEADLINE);
    expect(bodyLines(copy.body)).toEqual(STORY);
  });
});

describe('furniture that goes', () => {
  it('strips fundraising, share prompts, newsletters and adverts anywhere, naming the rule', () => {
    const { kept, stripped } = strip([
      HEADLINE,
      STORY[0],
      'Advertisement',
      STORY[1],
      'Read more: Charity shop sales slump in January',
      'Sign up to our newsletter',
      STORY[2],
      'Story continues below advertisement',
      'Published 12 March 2024 10:31 GMT',
      STORY[3],
    ]);
    expect(kept).toEqual([HEADLINE, STORY[0], STORY[1], STORY[2], STORY[3]]);
    expect(stripped.map((s) => s.rule)).toEqual(['advert', 'read-more', 'newsletter', 'advert', 'timestamp']);
  });

  it('strips a trailing column of fundraising lines and the appeal above it', () => {
    const { kept, stripped } = strip([
      HEADLINE,
      STORY[0],
      "We're a reader-owned co-operative, which means you can become part of the paper too by buying shares.",
      'Become a supporter',
      'Fighting fund',
      'You’ve Raised: £7,769',
      'We need: £10,237',
      '16 Days remaining',
      'Donate today',
      '© 2024 The Daily Galley',
    ]);
    expect(kept).toEqual([HEADLINE, STORY[0]]);
    expect(stripped.map((s) => s.rule)).toEqual([
      'reader-appeal', 'fundraising', 'fundraising', 'fundraising', 'fundraising', 'fundraising', 'fundraising', 'copyright',
    ]);
  });

  it('strips short labels in the tail only when specific furniture lies between them and the story', () => {
    const { kept, stripped } = strip([HEADLINE, STORY[0], 'Share this article', 'Pakistan', 'Afghanistan']);
    expect(kept).toEqual([HEADLINE, STORY[0]]);
    expect(stripped.map((s) => s.rule)).toEqual(['share-prompt', 'label', 'label']);
  });

  it('strips leading navigation and breadcrumbs but not a headline that uses a bar', () => {
    const headline = 'Taliban | The week in review';
    const { kept } = strip(['Menu', 'Home › World › Asia', headline, STORY[0]]);
    expect(kept).toEqual([headline, STORY[0]]);
  });

  it('gives every rule a name', () => {
    for (const rule of FURNITURE_RULES) expect(rule.name).toMatch(/^[a-z-]+$/);
  });
});
