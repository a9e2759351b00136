// The plain contenteditable baseline: the story as HTML in an editable div,
// and no script at all on the typing path. The floor for latency.
import { onOpen, speakerHue, type JsonNode } from './shared';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => escape(s).replace(/"/g, '&quot;');

function inline(node: JsonNode): string {
  if (node.type === 'hardBreak') return '<br>';
  let html = escape(node.text ?? '');
  for (const mark of [...(node.marks ?? [])].reverse()) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'quote') {
      const quoteId = String(mark.attrs?.quoteId ?? '');
      const speakerId = (mark.attrs?.speakerId as string | null) ?? null;
      html = speakerId
        ? `<span class="quote-mark" data-quote-id="${attr(quoteId)}" data-speaker-id="${attr(speakerId)}" style="--speaker-hue:${speakerHue(speakerId)}">${html}</span>`
        : `<span class="quote-mark" data-quote-id="${attr(quoteId)}" data-speaker-id="" data-unattributed="true">${html}</span>`;
    }
  }
  return html;
}

function block(node: JsonNode): string {
  const inner = () => (node.content ?? []).map(node.type === 'paragraph' || node.type === 'heading' ? inline : block).join('');
  switch (node.type) {
    case 'paragraph':
      return `<p>${inner() || '<br>'}</p>`;
    case 'heading':
      return `<h${node.attrs?.level ?? 2}>${inner()}</h${node.attrs?.level ?? 2}>`;
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return `<ol>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'horizontalRule':
      return '<hr>';
    default:
      return '';
  }
}

onOpen((host, json) => {
  const div = document.createElement('div');
  div.className = 'body-copy';
  div.contentEditable = 'true';
  div.setAttribute('role', 'textbox');
  div.setAttribute('aria-label', 'Body');
  div.setAttribute('aria-multiline', 'true');
  div.spellcheck = true;
  div.innerHTML = (json.content ?? []).map(block).join('');
  host.appendChild(div);
});
