// The suggestions for one match, beside the word: each suggestion (and, for a
// misspelling written more than once, each for all of them at once), Ignore
// once, Ignore in this story, Add to the desk dictionary (spelling and
// names), Dismiss the rule in this story (house style). Opened by a click on
// an underline, F8 (next issue) or Mod-. (at the cursor); Escape closes it
// and gives the typing back to the copy.
import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { BUILT_IN_RULES } from '../../shared/checks/model';
import type { ShownMatch, SubbingChecks } from './use-subbing-checks';
import { useSuggestions } from './use-suggestions';

export function CheckPopover({ editor, shown, byKeyboard, checks, onClose }: { editor: Editor; shown: ShownMatch; byKeyboard: boolean; checks: SubbingChecks; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const { match } = shown;
  const suggestions = useSuggestions(match);
  const pending = suggestions === null;
  // Again when a misspelling's suggestions arrive, so the keyboard starts on the best one.
  useEffect(() => {
    if (byKeyboard) box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [byKeyboard, shown, pending]);

  const coords = shown.from !== null ? editor.view.coordsAtPos(shown.from) : null;
  const style = coords ? { left: coords.left, top: coords.bottom + 4 } : { right: 16, top: 96 };
  const done = (action: () => void) => () => {
    action();
    onClose();
    editor.commands.focus();
  };
  const spelling = match.kind !== 'style';
  // The same misspelling elsewhere in the story: each suggestion can go in everywhere at once.
  const everywhere = match.ruleId === BUILT_IN_RULES.spelling ? checks.misspeltCount(match.text) : 0;

  // In the page's own layer: a panel's transform or containment would otherwise place and clip it.
  return createPortal(
    <div
      ref={box}
      className="check-popover"
      role="dialog"
      aria-label={`Check: ${match.text}`}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
          editor.commands.focus();
        }
      }}
    >
      <p className="check-popover-message">{match.message}</p>
      {suggestions === null && (
        <p className="check-popover-pending" role="status">
          Finding suggestions…
        </p>
      )}
      {suggestions !== null && suggestions.length > 0 && (
        <div className="check-popover-suggestions" role="group" aria-label="Suggestions">
          {suggestions.map((s) => (
            <button key={s} type="button" className="check-suggestion" onMouseDown={(e) => e.preventDefault()} onClick={done(() => checks.apply(shown, s))}>
              {s}
            </button>
          ))}
        </div>
      )}
      {suggestions !== null && suggestions.length > 0 && everywhere > 1 && (
        <div className="check-popover-suggestions" role="group" aria-label={`Suggestions for all ${everywhere}`}>
          <span className="dim">All {everywhere}:</span>
          {suggestions.map((s) => (
            <button key={s} type="button" className="check-suggestion" onMouseDown={(e) => e.preventDefault()} onClick={done(() => checks.applyEverywhere(match.text, s))} aria-label={`“${s}” for all ${everywhere} “${match.text}”`}>
              {s}
            </button>
          ))}
        </div>
      )}
      {match.spellings && (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={done(() => checks.useSpellingThroughout(match.spellings![1], match.spellings![0]))}>
          Use “{match.spellings[1]}” throughout
        </button>
      )}
      <div className="check-popover-actions">
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={done(() => checks.ignoreOnce(shown))}>
          Ignore once
        </button>
        {spelling ? (
          <>
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={done(() => checks.ignoreInStory(match.text))}>
              Ignore in this story
            </button>
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={done(() => void checks.addToDesk(match.text))}>
              Add to desk dictionary
            </button>
          </>
        ) : (
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={done(() => checks.dismissRule(match.ruleId))}>
            Dismiss “{checks.labelOf(match.ruleId)}” in this story
          </button>
        )}
      </div>
    </div>,
    document.body,
  );
}
