// A match's suggestions as its popover shows them. A misspelling's are
// asked of the worker when the popover opens, since working them out for
// every misspelling made a full check several times slower; house style and
// names bring theirs with the match.
import { useEffect, useState } from 'react';
import { BUILT_IN_RULES, type CheckMatch } from '../../shared/checks/model';
import { checksClient } from './checks-client';

/** The suggestions to offer for `match`, or null while the worker is still working them out. */
export function useSuggestions(match: CheckMatch): string[] | null {
  const asks = match.ruleId === BUILT_IN_RULES.spelling && match.suggestions.length === 0;
  const [asked, setAsked] = useState<{ text: string; suggestions: string[] } | null>(null);
  useEffect(() => {
    if (!asks) return;
    let open = true;
    checksClient()
      .suggest(match)
      .then(
        (suggestions) => open && setAsked({ text: match.text, suggestions }),
        // A failed look-up leaves the other actions (ignore, add to the desk dictionary) in place.
        () => open && setAsked({ text: match.text, suggestions: [] }),
      );
    return () => {
      open = false;
    };
  }, [asks, match]);
  if (!asks) return match.suggestions;
  return asked?.text === match.text ? asked.suggestions : null;
}
