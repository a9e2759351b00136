// The bare ProseMirror baseline: the body's schema (paragraph, crosshead,
// lists, blockquote, rule, hard break; bold, italic and the quote mark as a
// span), history and the base keymap. Nothing else listens to the editor.
import { baseKeymap, toggleMark } from '@tiptap/pm/commands';
import { history, redo, undo } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { Node as PMNode, Schema } from '@tiptap/pm/model';
import { liftListItem, sinkListItem, splitListItem } from '@tiptap/pm/schema-list';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { onOpen, speakerHue } from './shared';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: { level: { default: 2 } },
      defining: true,
      parseDOM: [{ tag: 'h2', attrs: { level: 2 } }, { tag: 'h3', attrs: { level: 3 } }],
      toDOM: (node) => [`h${node.attrs.level}`, 0],
    },
    blockquote: { group: 'block', content: 'block+', defining: true, parseDOM: [{ tag: 'blockquote' }], toDOM: () => ['blockquote', 0] },
    horizontalRule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: () => ['hr'] },
    bulletList: { group: 'block', content: 'listItem+', parseDOM: [{ tag: 'ul' }], toDOM: () => ['ul', 0] },
    orderedList: {
      group: 'block',
      content: 'listItem+',
      attrs: { start: { default: 1 }, type: { default: null } },
      parseDOM: [{ tag: 'ol' }],
      toDOM: (node) => ['ol', { start: node.attrs.start }, 0],
    },
    listItem: { content: 'paragraph block*', defining: true, parseDOM: [{ tag: 'li' }], toDOM: () => ['li', 0] },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true, selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
  },
  marks: {
    bold: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
    italic: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
    quote: {
      attrs: { quoteId: { default: null }, speakerId: { default: null } },
      inclusive: false,
      excludes: 'quote',
      parseDOM: [{ tag: 'span[data-quote-id]', getAttrs: (el) => ({ quoteId: el.getAttribute('data-quote-id'), speakerId: el.getAttribute('data-speaker-id') || null }) }],
      toDOM: (mark) =>
        mark.attrs.speakerId
          ? ['span', { class: 'quote-mark', 'data-quote-id': mark.attrs.quoteId, 'data-speaker-id': mark.attrs.speakerId, style: `--speaker-hue:${speakerHue(mark.attrs.speakerId)}` }, 0]
          : ['span', { class: 'quote-mark', 'data-quote-id': mark.attrs.quoteId, 'data-speaker-id': '', 'data-unattributed': 'true' }, 0],
    },
  },
});

onOpen((host, json) => {
  const state = EditorState.create({
    doc: PMNode.fromJSON(schema, json),
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, 'Mod-b': toggleMark(schema.marks.bold), 'Mod-i': toggleMark(schema.marks.italic) }),
      keymap({ Enter: splitListItem(schema.nodes.listItem), Tab: sinkListItem(schema.nodes.listItem), 'Shift-Tab': liftListItem(schema.nodes.listItem) }),
      keymap(baseKeymap),
    ],
  });
  const view = new EditorView(host, {
    state,
    attributes: { class: 'body-copy', role: 'textbox', 'aria-label': 'Body', 'aria-multiline': 'true', spellcheck: 'true' },
  });
  (window as unknown as { view: EditorView }).view = view;
});
