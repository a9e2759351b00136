// Choosing who said a quote: tagging the selected words, retagging or
// untagging a tagged quote, or naming the speaker of a detected suggestion.
import type { Editor } from '@tiptap/react';
import type { DocNode } from '../../shared/article/model';
import { taggedQuotes } from '../../shared/article/quote-marks';
import type { Speaker } from '../../shared/speakers/model';
import { retagQuote, tagSelection, untagQuote } from '../quotes/quote-commands';
import { SpeakerPicker } from '../quotes/SpeakerPicker';

/** What the picker is open for: a quote to tag (new, or tagged already) or a suggestion's speaker. */
export type Picker = { mode: 'tag'; quoteId: string | null; speakerId: string | null } | { mode: 'suggestion'; id: string };

interface Props {
  picker: Picker;
  editor: Editor;
  onClose: () => void;
  /** A quote was tagged or retagged: the quotes tab is shown. */
  onTagged: () => void;
  onSuggestionSpeaker: (id: string, speaker: Speaker) => void;
}

/** The speaker picker, applying the sub's choice to the body and giving the focus back to it. */
export function QuotePicker({ picker, editor, onClose, onTagged, onSuggestionSpeaker }: Props) {
  return (
    <SpeakerPicker
      title={picker.mode === 'tag' ? (picker.quoteId ? 'Retag quote' : 'Tag quote') : 'Speaker of suggested quote'}
      currentSpeakerId={picker.mode === 'tag' ? picker.speakerId : null}
      storySpeakerIds={taggedQuotes(editor.getJSON() as DocNode).map((q) => q.speakerId)}
      onCancel={() => {
        onClose();
        editor.commands.focus();
      }}
      onUntag={
        picker.mode === 'tag' && picker.quoteId
          ? () => {
              untagQuote(editor, picker.quoteId!);
              onClose();
            }
          : undefined
      }
      onChoose={(speaker) => {
        if (picker.mode === 'tag') {
          if (picker.quoteId) retagQuote(editor, picker.quoteId, speaker.id);
          else tagSelection(editor, speaker.id);
          onTagged();
        } else onSuggestionSpeaker(picker.id, speaker);
        onClose();
        editor.commands.focus();
      }}
    />
  );
}
