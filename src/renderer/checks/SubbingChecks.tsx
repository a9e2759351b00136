// The subbing checks in the editor, mounted with one line: the worker, the
// underlines and the popover always; the list when the checks tab is open.
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { CheckPopover } from './CheckPopover';
import { ChecksList } from './ChecksList';
import './checks.css';
import type { HeaderFields } from './story-blocks';
import { useSubbingChecks, type ShownMatch } from './use-subbing-checks';

export function SubbingChecks({ editor, articleId, fields, setField, showList }: { editor: Editor; articleId: string; fields: HeaderFields; setField: (field: keyof HeaderFields, value: string) => void; showList: boolean }) {
  const [open, setOpen] = useState<{ shown: ShownMatch; byKeyboard: boolean } | null>(null);
  const checks = useSubbingChecks(editor, articleId, fields, setField, (shown, byKeyboard) => setOpen({ shown, byKeyboard }));
  const show = (shown: ShownMatch) => {
    if (shown.from !== null) editor.chain().focus().setTextSelection({ from: shown.from, to: shown.to! }).scrollIntoView().run();
    setOpen({ shown, byKeyboard: false });
  };
  return (
    <>
      {showList && <ChecksList checks={checks} onShow={show} />}
      {open && <CheckPopover editor={editor} shown={open.shown} byKeyboard={open.byKeyboard} checks={checks} onClose={() => setOpen(null)} />}
    </>
  );
}
