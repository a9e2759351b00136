// The speaker-name stylesheet, parsed by a real CSS parser (jsdom's CSSOM):
// one rule pair per speaker, and no name can break out of its string.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cssString, speakerLabelCss } from '../../src/renderer/quotes/speaker-label-css';

function parse(css: string): CSSStyleRule[] {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const rules = [...style.sheet!.cssRules] as CSSStyleRule[];
  style.remove();
  return rules;
}

describe('speakerLabelCss', () => {
  it('names each speaker’s quotes after each segment and on hover', () => {
    const rules = parse(speakerLabelCss([{ id: 'sp-1', name: 'Imdad Qazi' }, { id: 'sp-2', name: 'Hua Chunying' }]));
    expect(rules.map((r) => r.selectorText)).toEqual([
      '.body-copy .quote-mark[data-speaker-id="sp-1"]::after',
      '.body-copy .quote-mark[data-speaker-id="sp-1"]:hover::before',
      '.body-copy .quote-mark[data-speaker-id="sp-2"]::after',
      '.body-copy .quote-mark[data-speaker-id="sp-2"]:hover::before',
    ]);
    expect(rules[0].style.getPropertyValue('content')).toBe('" (quote, Imdad Qazi)"');
  });

  it('keeps a hostile name inside its string', () => {
    const name = 'Robert"; } body { display: none } .x { content: "\\\n</style><script>alert(1)</script>';
    const rules = parse(speakerLabelCss([{ id: 'sp-"]', name }]));
    expect(rules).toHaveLength(2);
    expect(rules.every((r) => r.selectorText.startsWith('.body-copy .quote-mark[data-speaker-id='))).toBe(true);
    // What the string holds, read back by the parser, is the name itself.
    const content = rules[0].style.getPropertyValue('content');
    expect(content.startsWith('"')).toBe(true);
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('line\nbreak')).toBe('"line\\a break"');
    expect(cssString('Sinéad O’Brien')).toBe('"Sinéad O’Brien"');
  });
});
