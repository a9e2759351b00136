// Import by file chooser (File → Import…), by dropping a file anywhere on
// the window, or by pasting copy while no text field has focus.
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { Article } from '../../shared/article/model';
import { MAX_IMPORT_BYTES } from '../../shared/contract/api';
import { client } from '../api/client';
import { messageOf } from '../../shared/message-of';
import type { ImportedArticle } from '../../shared/import/report';
import { keepReport } from './import-reports';

export interface ImportHandle {
  choose(): void;
}

interface Props {
  onImported: (article: Article) => void;
  onError: (message: string) => void;
}

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx';

/** The story the import made; its report is kept for the story's view to show (ImportReportBar). */
function arrived({ imported, ...article }: ImportedArticle): Article {
  keepReport(article.id, imported);
  return article;
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');
}

export const ImportControl = forwardRef<ImportHandle, Props>(function ImportControl({ onImported, onError }, ref) {
  const input = useRef<HTMLInputElement>(null);
  const callbacks = useRef({ onImported, onError });
  callbacks.current = { onImported, onError };

  useImperativeHandle(ref, () => ({ choose: () => input.current?.click() }), []);

  const importFiles = async (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      if (file.size > MAX_IMPORT_BYTES) {
        callbacks.current.onError(`Could not import ${file.name}: it is over 20 MB.`);
        continue;
      }
      try {
        const article = await client.importFile({ fileName: file.name, dataBase64: await toBase64(file) });
        callbacks.current.onImported(arrived(article));
      } catch (error) {
        callbacks.current.onError(messageOf(error));
      }
    }
  };

  // Listening from the first painted frame: a file dropped or copy pasted the moment the library shows is imported, not lost.
  useLayoutEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      void importFiles(event.dataTransfer.files);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || !event.clipboardData) return;
      const html = event.clipboardData.getData('text/html');
      const text = event.clipboardData.getData('text/plain');
      if (!html && !text.trim()) return;
      event.preventDefault();
      client
        .importText(html ? { text: html, format: 'html' } : { text, format: 'txt' })
        .then((article) => callbacks.current.onImported(arrived(article)))
        .catch((error: unknown) => callbacks.current.onError(messageOf(error)));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, []);

  return (
    <input
      ref={input}
      type="file"
      accept={ACCEPT}
      multiple
      hidden
      aria-label="Import file"
      onChange={(event) => {
        if (event.target.files) void importFiles(event.target.files);
        event.target.value = '';
      }}
    />
  );
});
