// A match's suggestions as its popover shows them. A misspelling's are
// asked of the worker when the popover opens, since working them out for
// every misspelling made a full check several times slower; house style and
// names bring theirs with the match. The client keeps each word's answer
// until the desk's setup changes (checks-client.ts).
import { useEffect, useState } from 'react';
import { BUILT_IN_RULES, type CheckMatch } from '../../shared/checks/model';
import { checksClient } from './checks-client';

/** The suggestions to offer for `match`, or null while the worker is still working them out. */
export function useSuggestions(match: CheckMatch): string[] | null {
  const asks = match.ruleId === BUILT_IN_RULES.spelling && match.suggestions.length === 0;
  const [answer, setAnswer] = useState<{ text: string; suggestions: string[] } | null>(null);
  useEffect(() => {
    if (!asks) return;
    let open = true;
    void checksClient().suggest(match).then((suggestions) => open && setAnswer({ text: match.text, suggestions }));
    return () => {
      open = false;
    };
  }, [asks, match.text]);
  if (!asks) return match.suggestions;
  return answer?.text === match.text ? answer.suggestions : null;
}
