// Detection's suggestions for the open article: run on demand, shown in the
// text as decorations and in the panel as a list, accepted (speakers join
// the directory), changed or rejected one by one or all at once.
import type { Editor } from '@tiptap/react';
import { useCallback, useState } from 'react';
import { fold } from '../../shared/article/fold';
import { detectQuotes, type DetectedQuote, type DetectedSpeaker } from '../../shared/quotes/detect';
import type { Speaker } from '../../shared/speakers/model';
import { currentSuggestionRanges, quoteSuggestionsKey } from '../editor/extensions/quote-suggestions';
import { textblocksOf, toRange } from './positions';
import { tagRanges } from './quote-commands';
import { useSpeakers } from './speakers-context';

export interface Suggestion {
  id: string;
  quote: DetectedQuote;
  text: string;
  /** Who detection thinks said it; the sub may change it before accepting. */
  speaker: { name: string; key: string; detected?: DetectedSpeaker; directoryId?: string } | null;
}

export function useSuggestions(editor: Editor | null) {
  const { speakers, create } = useSpeakers();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);

  const publish = useCallback(
    (next: Suggestion[]) => {
      setSuggestions(next);
      if (!editor) return;
      const ranges = currentSuggestionRanges(editor.state);
      const meta = next.flatMap((s) => (ranges.get(s.id) ?? []).map((r) => ({ suggestionId: s.id, ...r })));
      editor.view.dispatch(editor.state.tr.setMeta(quoteSuggestionsKey, meta).setMeta('addToHistory', false));
    },
    [editor],
  );

  /** Runs detection over the body; skips quotes already tagged. Never changes the text. */
  const detect = useCallback(() => {
    if (!editor) return 0;
    const blocks = textblocksOf(editor.state.doc);
    const detection = detectQuotes(
      blocks.map((b) => b.text),
      { knownSpeakers: speakers },
    );
    const quoteType = editor.schema.marks.quote;
    const found: Suggestion[] = [];
    const meta: Array<{ suggestionId: string; from: number; to: number }> = [];
    for (const quote of detection.quotes) {
      // Titles and scare quotes ("the film “Oppenheimer”") come back unattributed at the lowest confidence: not speech.
      if (!quote.speaker && quote.confidence < 0.2) continue;
      const ranges = quote.segments.map((s) => toRange(blocks, s.paragraph, s.start, s.end)).filter((r): r is { from: number; to: number } => r !== null);
      if (ranges.length === 0) continue;
      if (ranges.every((r) => editor.state.doc.rangeHasMark(r.from, r.to, quoteType))) continue;
      const id = `s${quote.number}-${Math.random().toString(36).slice(2, 8)}`;
      const detected = quote.speaker ? detection.speakers.find((s) => s.key === quote.speaker!.key) : undefined;
      const directory = quote.speaker ? (speakers.find((s) => s.id === quote.speaker!.key) ?? speakers.find((s) => fold(s.name) === fold(quote.speaker!.name))) : undefined;
      found.push({
        id,
        quote,
        text: quote.segments.map((s) => s.text).join(' '),
        speaker: quote.speaker ? { ...quote.speaker, detected, directoryId: directory?.id } : null,
      });
      for (const r of ranges) meta.push({ suggestionId: id, ...r });
    }
    editor.view.dispatch(editor.state.tr.setMeta(quoteSuggestionsKey, meta).setMeta('addToHistory', false));
    setSuggestions(found);
    return found.length;
  }, [editor, speakers]);

  /** The directory entry for a suggestion's speaker, creating it from what detection found. */
  const resolveSpeaker = useCallback(
    async (s: Suggestion, created: Map<string, Speaker>): Promise<string | null> => {
      if (!s.speaker) return null;
      if (s.speaker.directoryId) return s.speaker.directoryId;
      const known = created.get(fold(s.speaker.name)) ?? speakers.find((sp) => fold(sp.name) === fold(s.speaker!.name));
      if (known) return known.id;
      const detected = s.speaker.detected;
      const speaker = await create({
        name: s.speaker.name,
        role: detected?.role ?? '',
        laterReference: detected?.laterReferences.find((r) => !/^(he|she|they)$/i.test(r)) ?? '',
        pronoun: detected?.pronoun ?? null,
      });
      created.set(fold(speaker.name), speaker);
      return speaker.id;
    },
    [create, speakers],
  );

  const accept = useCallback(
    async (ids: string[]) => {
      if (!editor) return;
      const created = new Map<string, Speaker>();
      const accepted = new Set<string>();
      for (const id of ids) {
        const s = suggestions.find((x) => x.id === id);
        if (!s) continue;
        const speakerId = await resolveSpeaker(s, created);
        // Positions are read now, after any edits (and speaker creation) since detection.
        const ranges = currentSuggestionRanges(editor.state).get(id);
        if (ranges?.length) tagRanges(editor, ranges, speakerId);
        accepted.add(id);
      }
      publish(suggestions.filter((s) => !accepted.has(s.id)));
    },
    [editor, suggestions, resolveSpeaker, publish],
  );

  const reject = useCallback((ids: string[]) => publish(suggestions.filter((s) => !ids.includes(s.id))), [suggestions, publish]);

  const changeSpeaker = useCallback(
    (id: string, speaker: Speaker | null) => {
      setSuggestions((list) => list.map((s) => (s.id === id ? { ...s, speaker: speaker ? { name: speaker.name, key: speaker.id, directoryId: speaker.id } : null } : s)));
    },
    [],
  );

  return { suggestions, detect, accept, reject, changeSpeaker };
}
