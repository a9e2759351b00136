// Wire-style plain text: the headline, the standfirst, the byline, a blank
// line, then the copy one paragraph to a block. No markup a wire desk would
// have to strip; lists keep a marker and quotations keep their own marks.
import type { Article } from '../article/model';
import type { Speaker } from '../speakers/model';
import { bodyBlocks, inlinesText, type Block } from './body-blocks';
import type { ExportOptions } from './options';
import { stripInvalidXmlChars } from './xml-escape';

export function exportPlainText(article: Article, speakers: Speaker[], _options?: ExportOptions): string {
  const { blocks } = bodyBlocks(article.body, speakers);
  const head = [article.headline, article.standfirst, article.byline].map((s) => s.trim()).filter(Boolean);
  const body = blocksText(blocks).filter((p) => p.trim().length > 0);
  // Control characters pasted in with the copy mean nothing to a reader and upset wire systems.
  return stripInvalidXmlChars([head.join('\n'), ...body].filter(Boolean).join('\n\n') + '\n');
}

function blocksText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'paragraph':
      case 'crosshead':
        return [inlinesText(block.inlines)];
      case 'list':
        return [
          block.items
            .map((item, i) => {
              const marker = block.ordered ? `${block.start + i}. ` : '• ';
              const pad = ' '.repeat(marker.length);
              return blocksText(item)
                .join('\n')
                .split('\n')
                .map((line, n) => (n === 0 ? marker : pad) + line)
                .join('\n');
            })
            .join('\n'),
        ];
      case 'blockquote':
        // Set in, as a wire desk sets an extract, rather than marked up.
        return blocksText(block.blocks).map((p) =>
          p
            .split('\n')
            .map((line) => `    ${line}`)
            .join('\n'),
        );
      case 'rule':
        return [];
    }
  });
}
