// A match's suggestions as its popover shows them. A misspelling's are
// asked of the worker when the popover opens, since working them out for
// every misspelling made a full check several times slower; house style and
// names bring theirs with the match.
import { useEffect, useState } from 'react';
import { BUILT_IN_RULES, type CheckMatch } from '../../shared/checks/model';
import { checksClient } from './checks-client';

// A word's suggestions are the same wherever it is misspelt, and each new
// answer of the checks makes new match objects: keep them by word, so the
// panel's rows and the popover ask the worker once per word.
const asked = new Map<string, Promise<string[]>>();
const KEPT_WORDS = 2000;

function suggestionsOf(match: CheckMatch): Promise<string[]> {
  let answer = asked.get(match.text);
  if (!answer) {
    if (asked.size >= KEPT_WORDS) asked.clear();
    // A failed look-up leaves the other actions (ignore, add to the desk dictionary) in place, and is asked again next time.
    answer = checksClient().suggest(match).catch(() => {
      asked.delete(match.text);
      return [];
    });
    asked.set(match.text, answer);
  }
  return answer;
}

/** The suggestions to offer for `match`, or null while the worker is still working them out. */
export function useSuggestions(match: CheckMatch): string[] | null {
  const asks = match.ruleId === BUILT_IN_RULES.spelling && match.suggestions.length === 0;
  const [answer, setAnswer] = useState<{ text: string; suggestions: string[] } | null>(null);
  useEffect(() => {
    if (!asks) return;
    let open = true;
    void suggestionsOf(match).then((suggestions) => open && setAnswer({ text: match.text, suggestions }));
    return () => {
      open = false;
    };
  }, [asks, match.text]);
  if (!asks) return match.suggestions;
  return answer?.text === match.text ? answer.suggestions : null;
}
