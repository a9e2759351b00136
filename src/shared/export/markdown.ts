// The story as CommonMark (read as GitHub-flavoured too): # headline, the
// standfirst in italics, the byline, then the body. Every piece of copy is
// escaped so that rendering the file gives back exactly the sub's words.
import type { Article } from '../article/model';
import type { Speaker } from '../speakers/model';
import { bodyBlocks, type Block, type Inline, type Run } from './body-blocks';
import { escapeInline, escapeLineStart } from './markdown-escape';
import { nestMarks, type MarkNode } from './marks';
import type { ExportOptions } from './options';
import { stripInvalidXmlChars } from './xml-escape';

export function exportMarkdown(article: Article, speakers: Speaker[], _options?: ExportOptions): string {
  const { blocks } = bodyBlocks(article.body, speakers);
  const parts: string[] = [`# ${escapeInline(oneLine(article.headline))}`.trimEnd()];
  if (article.standfirst.trim()) parts.push(markdownInline([{ kind: 'text', text: article.standfirst, bold: false, italic: true }]));
  if (article.byline.trim()) parts.push(markdownInline([{ kind: 'text', text: article.byline, bold: false, italic: false }]));
  parts.push(...blocksMarkdown(blocks));
  // Control characters pasted in with the copy mean nothing in Markdown either.
  return stripInvalidXmlChars(parts.filter((p) => p.length > 0).join('\n\n') + '\n');
}

function blocksMarkdown(blocks: readonly Block[]): string[] {
  return blocks.map((block, i) => blockMarkdown(block, blocks[i - 1]));
}

function blockMarkdown(block: Block, previous: Block | undefined): string {
  switch (block.kind) {
    case 'paragraph':
      return markdownInline(runsOf(block.inlines));
    case 'crosshead': {
      // An ATX heading is one line: a line break inside a crosshead becomes a space.
      const runs = runsOf(block.inlines).map((r): Run => (r.kind === 'break' ? { kind: 'text', text: ' ', bold: false, italic: false } : r));
      return `${'#'.repeat(block.level)} ${markdownInline(runs)}`.trimEnd();
    }
    case 'list':
      return listMarkdown(block, previous);
    case 'blockquote':
      return blocksMarkdown(block.blocks)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'rule':
      return '---';
  }
}

function listMarkdown(list: Block & { kind: 'list' }, previous: Block | undefined): string {
  // Two lists in a row with the same marker would be read as one list: the second takes the other marker.
  const follows = previous?.kind === 'list' && previous.ordered === list.ordered;
  const tight = list.items.every((item) => item.length === 1 && item[0].kind === 'paragraph');
  const items = list.items.map((item, i) => {
    const marker = list.ordered ? `${list.start + i}${follows ? ')' : '.'} ` : follows ? '* ' : '- ';
    const pad = ' '.repeat(marker.length);
    const body = blocksMarkdown(item).join('\n\n');
    return body
      .split('\n')
      .map((line, n) => (n === 0 ? marker + line : line ? pad + line : ''))
      .join('\n')
      .trimEnd();
  });
  return items.join(tight ? '\n' : '\n\n');
}

function runsOf(inlines: readonly Inline[]): Run[] {
  return inlines.flatMap((inline) => (inline.kind === 'quote' ? inline.runs : [inline]));
}

/** Inline copy with its emphasis; newlines in the copy and hard breaks both become Markdown hard breaks. */
function markdownInline(runs: readonly Run[]): string {
  const split = runs.flatMap((run): Run[] => {
    if (run.kind !== 'text' || !run.text.includes('\n')) return [run];
    return run.text.split('\n').flatMap((text, i): Run[] => [
      ...(i > 0 ? [{ kind: 'break' } as const] : []),
      ...(text ? [{ ...run, text }] : []),
    ]);
  });
  const state = { atLineStart: true };
  return marksMarkdown(nestMarks(split), state);
}

function marksMarkdown(nodes: readonly MarkNode[], state: { atLineStart: boolean }): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      const escaped = escapeInline(node.text);
      out += state.atLineStart ? escapeLineStart(escaped) : escaped;
      state.atLineStart = false;
    } else if (node.kind === 'break') {
      out += '\\\n';
      state.atLineStart = true;
    } else {
      out += emphasis(node.mark === 'bold' ? '**' : '*', marksMarkdown(node.children, state));
    }
  }
  return out;
}

/**
 * Emphasis only opens before and closes after a non-space, so whitespace at
 * the edges of a bold or italic run is moved outside its delimiters.
 */
function emphasis(delimiter: string, inner: string): string {
  const lead = /^\s*/.exec(inner)?.[0] ?? '';
  const trail = inner.length > lead.length ? (/\s*$/.exec(inner)?.[0] ?? '') : '';
  const core = inner.slice(lead.length, inner.length - trail.length);
  if (!core) return inner;
  return `${lead}${delimiter}${core}${delimiter}${trail}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
