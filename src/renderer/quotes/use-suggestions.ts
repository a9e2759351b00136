// Detection's suggestions for the open article: run on demand, shown in the
// text as decorations and in the panel as a list, accepted (speakers join
// the directory only then), changed or rejected one by one or all at once.
// What the sub decided is remembered per story (suggestion-memory.ts): on
// return the suggestions come back, and rejected ones stay rejected.
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { detectQuotes, type DetectedQuote, type DetectedSpeaker } from '../../shared/quotes/detect';
import { directoryMatch } from '../../shared/speakers/directory-match';
import type { Speaker } from '../../shared/speakers/model';
import { currentSuggestionRanges, quoteSuggestionsKey } from '../editor/extensions/quote-suggestions';
import { textblocksOf, toRange } from './positions';
import { tagRanges } from './quote-commands';
import { useSpeakers } from './speakers-context';
import { recall, remember, suggestionKey, type Remembered } from './suggestion-memory';

export interface Suggestion {
  id: string;
  /** The suggestion's identity in its story (its words, folded): what a rejection is remembered by. */
  key: string;
  quote: DetectedQuote;
  text: string;
  /**
   * Who detection thinks said it; the sub may change it before accepting.
   * `directoryId` is set when the directory already holds this speaker, or a
   * near-duplicate of it ("Ms Brenan" for the directory's Grace Brennan): the
   * suggestion is offered as that speaker, and accepting adds no one.
   */
  speaker: { name: string; key: string; detected?: DetectedSpeaker; directoryId?: string } | null;
}

export function useSuggestions(editor: Editor | null, articleId = '') {
  const { speakers, create } = useSpeakers();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const memory = useRef<Remembered>(recall(articleId));

  const keep = useCallback((change: (m: Remembered) => Remembered) => {
    memory.current = change(memory.current);
    if (articleId) remember(articleId, memory.current);
  }, [articleId]);

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

  /** Runs detection over the body; skips quotes already tagged and suggestions rejected in this story. Never changes the text. */
  const detect = useCallback(() => {
    if (!editor || editor.isDestroyed) return 0;
    restore.current = false;
    const blocks = textblocksOf(editor.state.doc);
    const detection = detectQuotes(
      blocks.map((b) => b.text),
      { knownSpeakers: speakers },
    );
    const quoteType = editor.schema.marks.quote;
    const rejected = new Set(memory.current.rejected);
    const found: Suggestion[] = [];
    const meta: Array<{ suggestionId: string; from: number; to: number }> = [];
    for (const quote of detection.quotes) {
      // Titles and scare quotes ("the film “Oppenheimer”") come back unattributed at the lowest confidence: not speech.
      if (!quote.speaker && quote.confidence < 0.2) continue;
      const text = quote.segments.map((s) => s.text).join(' ');
      const key = suggestionKey(text);
      if (rejected.has(key)) continue;
      const ranges = quote.segments.map((s) => toRange(blocks, s.paragraph, s.start, s.end)).filter((r): r is { from: number; to: number } => r !== null);
      if (ranges.length === 0) continue;
      if (ranges.every((r) => editor.state.doc.rangeHasMark(r.from, r.to, quoteType))) continue;
      const id = `s${quote.number}-${Math.random().toString(36).slice(2, 8)}`;
      let speaker: Suggestion['speaker'] = null;
      if (quote.speaker) {
        const detected = detection.speakers.find((s) => s.key === quote.speaker!.key);
        const directory = speakers.find((s) => s.id === quote.speaker!.key) ?? directoryMatch(quote.speaker.name, speakers);
        speaker = directory ? { name: directory.name, key: directory.id, detected, directoryId: directory.id } : { ...quote.speaker, detected };
      }
      if (key in memory.current.speakers) speaker = memory.current.speakers[key];
      found.push({ id, key, quote, text, speaker });
      for (const r of ranges) meta.push({ suggestionId: id, ...r });
    }
    editor.view.dispatch(editor.state.tr.setMeta(quoteSuggestionsKey, meta).setMeta('addToHistory', false));
    setSuggestions(found);
    keep((m) => ({ ...m, detected: true }));
    return found.length;
  }, [editor, speakers, keep]);

  // Back in a story where detection was run: the suggestions come back once the window is idle.
  // Once only, as the story opens: never again under the sub's hands (an accept changes the directory).
  const restore = useRef(memory.current.detected);
  const detectNow = useRef(detect);
  detectNow.current = detect;
  useEffect(() => {
    if (!restore.current || !editor) return;
    const handle = requestIdleCallback(() => {
      if (!restore.current) return;
      restore.current = false;
      detectNow.current();
    }, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }, [editor]);

  /** The directory entry for a suggestion's speaker, creating it from what detection found (accepting is the sub's consent). */
  const resolveSpeaker = useCallback(
    async (s: Suggestion, created: Map<string, Speaker>): Promise<string | null> => {
      if (!s.speaker) return null;
      if (s.speaker.directoryId) return s.speaker.directoryId;
      const known = created.get(s.speaker.name) ?? directoryMatch(s.speaker.name, [...created.values()]) ?? directoryMatch(s.speaker.name, speakers);
      if (known) return known.id;
      const detected = s.speaker.detected;
      const speaker = await create({
        name: s.speaker.name,
        kind: detected?.kind ?? 'person',
        role: detected?.role ?? '',
        laterReference: detected?.laterReferences.find((r) => !/^(he|she|they)$/i.test(r) && !detected.variants.includes(r)) ?? '',
        pronoun: detected?.kind && detected.kind !== 'person' ? 'it' : (detected?.pronoun ?? null),
      });
      created.set(speaker.name, speaker);
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

  const reject = useCallback(
    (ids: string[]) => {
      const keys = suggestions.filter((s) => ids.includes(s.id)).map((s) => s.key);
      keep((m) => ({ ...m, rejected: [...new Set([...m.rejected, ...keys])] }));
      publish(suggestions.filter((s) => !ids.includes(s.id)));
    },
    [suggestions, publish, keep],
  );

  const changeSpeaker = useCallback(
    (id: string, speaker: Speaker | null) => {
      const chosen = speaker ? { name: speaker.name, key: speaker.id, directoryId: speaker.id } : null;
      const target = suggestions.find((s) => s.id === id);
      if (target) keep((m) => ({ ...m, speakers: { ...m.speakers, [target.key]: chosen } }));
      setSuggestions((list) => list.map((s) => (s.id === id ? { ...s, speaker: chosen } : s)));
    },
    [suggestions, keep],
  );

  return { suggestions, detect, accept, reject, changeSpeaker };
}
