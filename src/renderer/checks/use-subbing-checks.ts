// The subbing checks for the open story: set up the worker with the desk's
// files, settings and speakers; after each pause in the typing send the
// story to it (it re-checks only blocks whose text changed); show the answer as
// underlines and a list; apply fixes as single undoable steps.
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BUILT_IN_RULES, ruleLabel, type CheckField, type CheckMatch, type SetAsideRule } from '../../shared/checks/model';
import { client } from '../api/client';
import { useSpeakers } from '../quotes/speakers-context';
import { checksClient } from './checks-client';
import { checksKey, checksPlugin, decorationsFor, placedMatches, sameUnderlines, type PlacedMatch } from './checks-plugin';
import { settledDocument } from '../editor/settled-document';
import { editorBlocks, type HeaderFields } from './story-blocks';
import { readStoryMemory, writeStoryMemory, type StoryMemory } from './story-memory';
import { messageOf } from '../../shared/message-of';

/** A match and where it is: a body range, or a field's offsets. */
export interface ShownMatch {
  match: CheckMatch;
  field: CheckField;
  /** Body positions; null for the headline, standfirst or byline. */
  from: number | null;
  to: number | null;
}


export interface SubbingChecks {
  matches: ShownMatch[];
  setAside: SetAsideRule[];
  failure: string | null;
  /** What the sub reads for a rule: its label from the rules file, else its id in words. */
  labelOf(ruleId: string): string;
  apply(shown: ShownMatch, replacement: string): void;
  applyAll(ruleId: string): void;
  /** Each of these matches put right with its own first suggestion, in one undoable step: a row's mentions. */
  applyEach(list: readonly ShownMatch[]): void;
  /** A misspelling written more than once: every one of them replaced by `replacement`, in one undoable step. */
  applyEverywhere(word: string, replacement: string): void;
  /** How many times the story has `word` flagged as misspelt (as the list shows it). */
  misspeltCount(word: string): number;
  /** A name spelt two ways: make the story use `keep` everywhere `drop` is written. */
  useSpellingThroughout(keep: string, drop: string): void;
  ignoreOnce(shown: ShownMatch): void;
  ignoreInStory(word: string): void;
  dismissRule(ruleId: string): void;
  addToDesk(word: string): Promise<void>;
}

/** How long typing in a header field must pause before the story is checked again. */
const PAUSE_MS = 300;

export function useSubbingChecks(editor: Editor, articleId: string, fields: HeaderFields, setField: (field: keyof HeaderFields, value: string) => void, onOpen: (shown: ShownMatch, byKeyboard: boolean) => void): SubbingChecks {
  const { speakers } = useSpeakers();
  const [raw, setRaw] = useState<{ matches: CheckMatch[]; starts: Array<number | null>; blocks: string[]; fields: CheckField[] }>({ matches: [], starts: [], blocks: [], fields: [] });
  const [setAside, setSetAside] = useState<SetAsideRule[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [memory, setMemory] = useState<StoryMemory>(() => readStoryMemory(articleId));
  const ignoredOnce = useRef(new Set<string>());
  const [ignoredCount, setIgnoredCount] = useState(0);
  const [setUpAt, setSetUpAt] = useState(0);
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  // The worker's setup: the desk's files and settings, and the directory as it stands.
  useEffect(() => {
    let live = true;
    void Promise.all([client.getSettings({}), client.getDeskChecks({})]).then(
      ([settings, desk]) => {
        if (!live) return;
        checksClient().setUp({
          locale: settings.spellingLocale,
          houseStyle: desk.houseStyle,
          deskWords: desk.deskWords,
          directory: speakers.map((s) => ({ name: s.name, laterReference: s.laterReference })),
          leaveQuotesAsSpoken: settings.leaveQuotesAsSpoken,
        });
        setSetUpAt(Date.now());
      },
      (error: unknown) => live && setFailure(messageOf(error)),
    );
    return () => void (live = false);
  }, [speakers]);

  const run = useCallback(() => {
    const doc = editor.state.doc;
    const { blocks, starts } = editorBlocks(fieldsRef.current, doc);
    checksClient()
      .check(blocks)
      .then(
        (result) => {
          // An answer for a document since changed is dropped: the next pause asks again.
          if (editor.isDestroyed || editor.state.doc !== doc) return;
          setRaw({ matches: result.matches, starts, blocks: blocks.map((b) => b.text), fields: blocks.map((b) => b.field) });
          setSetAside(result.setAside);
          setLabels(result.labels);
          setFailure(null);
        },
        (error: unknown) => setFailure(messageOf(error)),
      );
  }, [editor]);

  // After each pause in the body's typing (the settled document: a keystroke costs the checks nothing;
  // a new subscription is called once, when the window is idle, which is the first check).
  useEffect(() => {
    if (!setUpAt) return;
    return settledDocument(editor).subscribe(({ changed }) => changed.length && run());
  }, [editor, run, setUpAt]);

  // After a pause in typing in the headline, standfirst or byline.
  const firstFields = useRef(true);
  useEffect(() => {
    if (!setUpAt) return;
    if (firstFields.current) return void (firstFields.current = false);
    const timer = setTimeout(run, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [run, setUpAt, fields.headline, fields.standfirst, fields.byline]);

  useEffect(() => {
    editor.registerPlugin(checksPlugin({ open: (placed, byKeyboard) => onOpenRef.current({ match: placed.match, field: 'body', from: placed.from, to: placed.to }, byKeyboard) }));
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(checksKey);
    };
  }, [editor]);

  const onceKey = (m: CheckMatch, blockText: string) => `${m.ruleId}\u0000${m.text}\u0000${blockText}`;

  const matches = useMemo(() => {
    const dismissed = new Set(memory.dismissedRules);
    const ignored = new Set(memory.ignoredWords);
    return raw.matches
      .filter((m) => !dismissed.has(m.ruleId) && !(m.kind !== 'style' && ignored.has(m.text)) && !ignoredOnce.current.has(onceKey(m, raw.blocks[m.block])))
      .map((m): ShownMatch => {
        const start = raw.starts[m.block];
        return start === null ? { match: m, field: raw.fields[m.block], from: null, to: null } : { match: m, field: 'body', from: start + m.start, to: start + m.end };
      });
    // ignoredCount re-runs the filter when a match is ignored once.
  }, [raw, memory, ignoredCount]);

  // The underlines follow the list.
  useEffect(() => {
    if (editor.isDestroyed) return;
    // A name (or species) the dictionary lacks is listed, not underlined: news copy is full of names, and a squiggle under each buries the real slips.
    const placed: PlacedMatch[] = matches.filter((s) => s.from !== null && s.match.ruleId !== BUILT_IN_RULES.spellingName && s.match.ruleId !== BUILT_IN_RULES.spellingSpecies).map((s) => ({ match: s.match, from: s.from!, to: s.to! }));
    // The same underlines where they already are: no transaction, so the view has nothing to compare.
    if (sameUnderlines(placedMatches(editor.state), placed)) return;
    editor.view.dispatch(editor.state.tr.setMeta(checksKey, decorationsFor(editor.state, placed)).setMeta('addToHistory', false));
  }, [editor, matches]);

  const remember = (next: StoryMemory) => {
    writeStoryMemory(articleId, next);
    setMemory(next);
  };

  /** Replacements in one field, from its end back, so earlier offsets stay true. */
  const replaceInField = (field: keyof HeaderFields, edits: Array<{ start: number; end: number; text: string }>) => {
    let value = fieldsRef.current[field];
    for (const e of [...edits].sort((a, b) => b.start - a.start)) value = value.slice(0, e.start) + e.text + value.slice(e.end);
    setField(field, value);
  };

  const applyMany = (list: Array<{ shown: ShownMatch; text: string }>) => {
    const body = list.filter((x) => x.shown.from !== null).sort((a, b) => b.shown.from! - a.shown.from!);
    if (body.length) {
      const tr = editor.state.tr;
      for (const { shown, text } of body) tr.insertText(text, shown.from!, shown.to!);
      editor.view.dispatch(tr);
    }
    for (const field of ['headline', 'standfirst', 'byline'] as const) {
      const edits = list.filter((x) => x.shown.field === field).map((x) => ({ start: x.shown.match.start, end: x.shown.match.end, text: x.text }));
      if (edits.length) replaceInField(field, edits);
    }
    run();
  };

  return {
    matches,
    setAside,
    failure,
    labelOf: (ruleId) => ruleLabel(ruleId, labels),
    apply: (shown, text) => applyMany([{ shown, text }]),
    applyAll: (ruleId) => applyMany(matches.filter((s) => s.match.ruleId === ruleId && s.match.suggestions.length).map((shown) => ({ shown, text: shown.match.suggestions[0] }))),
    applyEach: (list) => applyMany(list.filter((s) => s.match.suggestions.length).map((shown) => ({ shown, text: shown.match.suggestions[0] }))),
    applyEverywhere: (word, replacement) => applyMany(misspelt(matches, word).map((shown) => ({ shown, text: replacement }))),
    misspeltCount: (word) => misspelt(matches, word).length,
    useSpellingThroughout: (keep, drop) => {
      const tr = editor.state.tr;
      const found: Array<[number, number]> = [];
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${drop.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      editor.state.doc.descendants((node, pos) => {
        if (node.isText) for (const m of node.text!.matchAll(word)) found.push([pos + m.index, pos + m.index + drop.length]);
      });
      for (const [from, to] of found.reverse()) tr.insertText(keep, from, to);
      if (found.length) editor.view.dispatch(tr);
      run();
    },
    ignoreOnce: (shown) => {
      ignoredOnce.current.add(onceKey(shown.match, raw.blocks[shown.match.block]));
      setIgnoredCount((n) => n + 1);
    },
    ignoreInStory: (word) => remember({ ...memory, ignoredWords: [...new Set([...memory.ignoredWords, word])] }),
    dismissRule: (ruleId) => remember({ ...memory, dismissedRules: [...new Set([...memory.dismissedRules, ruleId])] }),
    addToDesk: async (word) => {
      await client.addDeskWord({ word });
      checksClient().addWords([word]);
      run();
    },
  };
}

/** The list's misspellings of `word`, written exactly so: "Recieved" opening a sentence is its own word, with its own capital to keep. */
function misspelt(matches: readonly ShownMatch[], word: string): ShownMatch[] {
  return matches.filter((s) => s.match.ruleId === BUILT_IN_RULES.spelling && s.match.text === word);
}
