// A story as the checks read it: the headline, standfirst and byline, then
// each paragraph and crosshead of the body, with the ranges of tagged quotes
// (the `quote` mark) so they can be left as spoken.
import type { BlockNode, DocNode, InlineNode } from '../article/model';
import type { CheckBlock } from './model';

export interface StoryFields {
  headline: string;
  standfirst: string;
  byline: string;
  body: DocNode;
}

/** The blocks to check, in reading order; empty fields are left out. */
export function storyBlocks(story: StoryFields): CheckBlock[] {
  const out: CheckBlock[] = [];
  if (story.headline.trim()) out.push({ field: 'headline', text: story.headline });
  if (story.standfirst.trim()) out.push({ field: 'standfirst', text: story.standfirst });
  if (story.byline.trim()) out.push({ field: 'byline', text: story.byline });
  const walk = (nodes: readonly BlockNode[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'paragraph' || node.type === 'heading') out.push(inlineBlock(node.content));
      else if (node.type === 'bulletList' || node.type === 'orderedList') for (const item of node.content) walk(item.content);
      else if (node.type === 'blockquote') walk(node.content);
    }
  };
  walk(story.body.content);
  return out;
}

function inlineBlock(content: InlineNode[] | undefined): CheckBlock {
  let text = '';
  const quoted: Array<[number, number]> = [];
  for (const node of content ?? []) {
    if (node.type !== 'text') {
      text += '\n';
      continue;
    }
    const start = text.length;
    text += node.text;
    if (node.marks?.some((m) => m.type === 'quote')) {
      const last = quoted[quoted.length - 1];
      if (last && last[1] === start) last[1] = text.length;
      else quoted.push([start, text.length]);
    }
  }
  return quoted.length ? { field: 'body', text, quoted } : { field: 'body', text };
}
