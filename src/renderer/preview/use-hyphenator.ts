// The preview's hyphenation patterns, loaded when the preview opens (their
// own chunk, never with the editor) in the spelling the desk has chosen.
import { useEffect, useState } from 'react';
import type { BodyHyphenator } from '../../shared/layout/hyphenate-blocks';
import type { HyphenationLocale } from '../../shared/layout/hyphenation';
import { loadHyphenator } from '../../shared/layout/hyphenation-patterns';
import { messageOf } from '../../shared/message-of';
import { client } from '../api/client';

export interface PreviewHyphenation {
  /** False until the patterns have loaded or failed: the print layout waits, so it is set and measured once. */
  ready: boolean;
  hyphenator: BodyHyphenator | null;
  /** Why the columns are set without hyphenation, in the sub's words; null when they are not. */
  problem: string | null;
}

/** The body hyphenator for the library's spelling (en-GB when the settings cannot be read). */
export function useHyphenator(): PreviewHyphenation {
  const [state, setState] = useState<PreviewHyphenation>({ ready: false, hyphenator: null, problem: null });
  useEffect(() => {
    let live = true;
    void client
      .getSettings({})
      .then(
        (settings): HyphenationLocale => settings.spellingLocale,
        (): HyphenationLocale => 'en-GB',
      )
      .then(loadHyphenator)
      .then(
        (hyphenator) => live && setState({ ready: true, hyphenator, problem: null }),
        (error: unknown) =>
          live && setState({ ready: true, hyphenator: null, problem: `The hyphenation patterns could not be loaded (${messageOf(error)}), so the columns are set without hyphens.` }),
      );
    return () => void (live = false);
  }, []);
  return state;
}
