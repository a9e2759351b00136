// Articles for the export tests, built the way the store holds them: the
// seed story as a sub receives it (quotes tagged where a sub would tag them),
// and one article with every kind of body content and every awkward character.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Article, type BlockNode, type DocNode, type InlineNode, type TextNode } from '../../src/shared/article/model';
import { textblocks } from '../../src/shared/article/text';
import { Speaker } from '../../src/shared/speakers/model';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// shared/ sits beside the project's root, on a developer's machine and on a CI clone alike.
export const sharedDir = path.resolve(repoRoot, '../shared');
export const schemasDir = path.join(sharedDir, 'schemas');
export const NITF_XSD = path.join(schemasDir, 'nitf/nitf-3-6.xsd');
export const NEWSML_XSD = path.join(schemasDir, 'newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd');

export const NOW = new Date('2024-05-06T07:08:09.000Z');
const CREATED = '2021-08-25T09:30:00.000Z';
const UPDATED = '2021-08-25T11:45:00.000Z';

function speaker(id: string, name: string, role: string, organisation: string): Speaker {
  return Speaker.parse({
    id,
    name,
    role,
    organisation,
    laterReference: '',
    pronoun: null,
    notes: '',
    createdAt: CREATED,
    updatedAt: CREATED,
  });
}

function article(fields: Partial<Article> & Pick<Article, 'id' | 'body'>): Article {
  return Article.parse({
    catchline: '',
    headline: '',
    standfirst: '',
    byline: '',
    section: '',
    tags: [],
    status: 'subbing',
    targetWords: null,
    notes: '',
    createdAt: CREATED,
    updatedAt: UPDATED,
    revision: 3,
    ...fields,
  });
}

// --- the seed story --------------------------------------------------------

type Expected = {
  headline: string;
  bodyParagraphs: number;
  speakers: Array<{ name: string; role: string }>;
  quotes: Array<{ quote: number; text: string; speaker: string }>;
};

export const seedExpected = JSON.parse(readFileSync(path.join(sharedDir, 'fixtures/seed-article.expected.json'), 'utf8')) as Expected;

export const seedSpeakers: Speaker[] = [
  speaker('imdad-qazi', 'Imdad Qazi', 'general secretary', 'Communist Party of Pakistan'),
  speaker('hua-chunying', 'Hua Chunying', 'spokeswoman', 'Chinese Foreign Ministry'),
  // In the directory but not quoted in this story: no export should name her.
  speaker('someone-else', 'Someone Else', 'bystander', ''),
];

/** The 13 body paragraphs of the seed, no-break spaces folded. */
export function seedParagraphs(): string[] {
  const lines = readFileSync(path.join(sharedDir, 'fixtures/seed-article.txt'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/\u00a0/g, ' ').trim());
  const first = lines.findIndex((l) => l.startsWith('COMMUNIST PARTY'));
  const last = lines.findIndex((l) => l.startsWith('“[Joe Biden]'));
  return lines.slice(first, last + 1).filter((l) => l.length > 0);
}

export function seedArticle(): Article {
  const paragraphs = seedParagraphs();
  const idOf = new Map(seedSpeakers.map((s) => [s.name, s.id]));
  // Where each expected quote sits: found by its text, searching on from the previous one.
  const spans = paragraphs.map(() => [] as Array<{ start: number; end: number; quoteId: string; speakerId: string | null }>);
  let cursor = { paragraph: 0, offset: 0 };
  for (const q of seedExpected.quotes) {
    for (let p = cursor.paragraph; p < paragraphs.length; p++) {
      const at = paragraphs[p].indexOf(q.text, p === cursor.paragraph ? cursor.offset : 0);
      if (at < 0) continue;
      spans[p].push({ start: at, end: at + q.text.length, quoteId: `q-${q.quote}`, speakerId: idOf.get(q.speaker) ?? null });
      cursor = { paragraph: p, offset: at + q.text.length };
      break;
    }
  }
  const body: DocNode = {
    type: 'doc',
    content: paragraphs.map((text, p) => {
      const content: InlineNode[] = [];
      let at = 0;
      for (const s of spans[p]) {
        if (s.start > at) content.push({ type: 'text', text: text.slice(at, s.start) });
        content.push({ type: 'text', text: text.slice(s.start, s.end), marks: [{ type: 'quote', attrs: { quoteId: s.quoteId, speakerId: s.speakerId } }] });
        at = s.end;
      }
      if (at < text.length) content.push({ type: 'text', text: text.slice(at) });
      return { type: 'paragraph', content };
    }),
  };
  return article({
    id: 'seed-pakistan-taliban',
    catchline: 'pakistan-taliban',
    headline: seedExpected.headline,
    standfirst: 'Imdad Qazi says the Taliban’s return will embolden jihadists, as Beijing blames Washington for the chaos',
    byline: 'Morning Star reporter',
    section: 'World',
    tags: ['Pakistan', 'Afghanistan', 'Taliban'],
    body,
  });
}

// --- every kind of content -------------------------------------------------

export const kitchenSpeakers: Speaker[] = [
  speaker('alice-okafor', 'Alice Okafor', 'leader', 'Riverside council'),
  speaker('bob-builder', 'Bob “The Builder” O’Brien & <Sons>', 'contractor', 'O’Brien & Sons "Ltd"'),
];

const t = (text: string, ...marks: TextNode['marks'] & object): TextNode => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const bold = { type: 'bold' } as const;
const italic = { type: 'italic' } as const;
const quote = (quoteId: string, speakerId: string | null) => ({ type: 'quote', attrs: { quoteId, speakerId } }) as const;
const p = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const br: InlineNode = { type: 'hardBreak' };

export const NBSP = '\u00a0';
export const EMOJI = '🗞️';

export function kitchenSinkArticle(): Article {
  const body: DocNode = {
    type: 'doc',
    content: [
      p(
        t('The council’s £5m deal was '),
        t('signed', bold),
        t(' on Tuesday, '),
        t('after', italic),
        t(' a '),
        t('long ', bold),
        t('and bitter', bold, italic),
        t(' fight', bold),
        t(`, with 10${NBSP}per cent held back ${EMOJI}.`),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [t('What happens next: #1 * _ `code` [link](x)')] },
      p(t('Ms Okafor said: “'), t('We will build it, and we will build it well.', quote('q-run', 'alice-okafor'))),
      p(t('“'), t('Nobody will stop us,', quote('q-run', 'alice-okafor')), t('” she added.')),
      p(t('A resident shouted: “'), t('Not in my name!', quote('q-anon', null)), t('”')),
      p(t('Bob “The Builder” O’Brien & <Sons> said that '), t('‘it’s done’', quote('q-bob', 'bob-builder'), italic), t(' and left.')),
      p(t('Markup in copy: <img src=x onerror="alert(1)"> & <script>alert(2)</script> "double" \'single\' * _ # ` [ ] \\ &copy; a|b ~~tilde~~ www.example.com')),
      { type: 'heading', attrs: { level: 3 }, content: [t('Figures, <b>not</b> tags')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('- a dash that is not a marker'))] },
          {
            type: 'listItem',
            content: [
              p(t('+ a plus'), t(' in bold', bold)),
              { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('1. nested, not numbered'))] }] },
            ],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [p(t('Third item'))] },
          { type: 'listItem', content: [p(t('Fourth item with '), t('“a quote”', quote('q-list', 'alice-okafor')))] },
        ],
      },
      {
        type: 'blockquote',
        content: [
          p(t('An extract from the minutes, with > and < inside.')),
          p(t('“'), t('Signed and sealed.', quote('q-bq', 'bob-builder')), t('”')),
        ],
      },
      { type: 'horizontalRule' },
      p(t('First line', bold), br, t('> second line', bold), br, t('1986. third line')),
      p(t('# not a crosshead, = not a rule, and a quote from someone since deleted: “'), t('gone', quote('q-ghost', 'ghost-speaker')), t('”.')),
      p(t('Control\u0001character stripped, tab\tkept.')),
    ],
  };
  return article({
    id: 'kitchen-sink-01',
    catchline: '../../Council deal: “£5m”!',
    headline: 'Council’s “£5m” deal <script>alert(1)</script> & <b>more</b>',
    standfirst: `Tom & Jerry's "best" <img src=x onerror="alert(1)"> *stars* _under_ #1${NBSP}${EMOJI}`,
    byline: 'By Ann O’Neil & Bob <bob@example.com>',
    section: 'Local & <regional>',
    tags: ['local & regional', '<politics>', 'budget "2024"'],
    body,
  });
}

// --- helpers ---------------------------------------------------------------

/** Collapses runs of ASCII whitespace only, so a no-break space still has to survive to compare equal. */
export const norm = (s: string): string => s.replace(/[ \t\r\n]+/g, ' ').trim();

/** What a reader should see of the body, in order, with control characters gone. */
export function bodyWordsOf(a: Article): string {
  return norm(
    textblocks(a.body)
      .map((b) => b.text)
      .join('\n')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''),
  );
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'galley-export-'));
}

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

/** Validates with xmllint against an XSD; returns its report, throwing on any error. */
export function xmllintSchema(file: string, xsd: string): string {
  try {
    return execFileSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string };
    throw new Error(`xmllint rejected ${file}:\n${e.stderr ?? ''}${e.stdout ?? ''}`);
  }
}
