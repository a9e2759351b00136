// Scratch harness (deleted after use): the editor beside the preview pane.
import { EditorContent, useEditor } from '@tiptap/react';
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { copyFromBlocks } from '../../../shared/import/imported-copy';
import { blocksFromPlainText } from '../../../shared/import/plain-text';
import { bodyExtensions } from '../../editor/extensions';
import { Overmatter } from '../overmatter-plugin';
import { PreviewPane, type CopyfitResult } from '../PreviewPane';
import '../../styles/app.css';
import seed from './seed.txt?raw';

const copy = copyFromBlocks(blocksFromPlainText(seed));
// Tag two quotes as a sub would.
const body = JSON.parse(JSON.stringify(copy.body));
function tag(p: number, text: string, quoteId: string, speakerId: string) {
  const node = body.content[p];
  const t = node.content[0].text as string;
  const at = t.indexOf(text);
  if (at < 0) return;
  node.content = [
    { type: 'text', text: t.slice(0, at) },
    { type: 'text', text, marks: [{ type: 'quote', attrs: { quoteId, speakerId } }] },
    { type: 'text', text: t.slice(at + text.length) },
  ].filter((n) => n.text);
}
tag(1, 'This victory of the Taliban will give courage to their followers in Pakistan,', 'q-1', 'imdad-qazi');
tag(12, 'The role of the US lies in destruction, not construction.', 'q-6', 'hua-chunying');
body.content.splice(6, 0, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Beijing accuses Washington' }] });
const speakers = [
  { id: 'imdad-qazi', name: 'Imdad Qazi' },
  { id: 'hua-chunying', name: 'Hua Chunying' },
];
(window as unknown as { lastFit: CopyfitResult | null }).lastFit = null;

function App() {
  const [fit, setFit] = useState<CopyfitResult | null>(null);
  const editor = useEditor({
    extensions: [...bodyExtensions, Overmatter],
    content: body,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { 'aria-label': 'Body', role: 'textbox', class: 'body-copy' } },
  });
  return (
    <div style={{ display: 'flex', height: '100%' }}>
      <div style={{ flex: 1, overflow: 'auto', padding: '16px 32px', background: 'var(--sheet)' }}>
        <h1 style={{ font: '700 24px var(--copy-font)' }}>{copy.headline}</h1>
        {editor && <EditorContent editor={editor} />}
        <p className="dim">{fit?.message}</p>
      </div>
      <div style={{ width: '52%', display: 'flex', flexDirection: 'column' }}>
        {editor && (
          <PreviewPane
            editor={editor}
            article={{ id: 'scratch-seed-01', headline: copy.headline, standfirst: 'Imdad Qazi says the Taliban’s return will embolden jihadists, as Beijing blames Washington for the chaos', byline: 'By Morning Star reporter' }}
            speakers={speakers}
            onCopyfit={(f) => {
              setFit(f);
              (window as unknown as { lastFit: CopyfitResult }).lastFit = f;
            }}
          />
        )}
      </div>
    </div>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
