// The subbing checks in the checks panel, grouped by rule: one row per
// distinct flagged word or name with its count ("Qazi ×3"), which goes to its
// first mention and then each next one, and one-click Apply (a misspelling's
// first suggestion asked of the worker while its row is shown; a word flagged
// more than once also All n, for every one of them), each rule with Apply all
// (one undoable step) and Dismiss; above them, any rules the desk's file
// holds that were set aside.
import { useId, useState } from 'react';
import { BUILT_IN_RULES, type CheckMatch, type SetAsideRule } from '../../shared/checks/model';
import { checkRows, rowKey, type CheckRow } from './check-rows';
import type { ShownMatch, SubbingChecks } from './use-subbing-checks';
import { useSuggestions } from './use-suggestions';

const FIELD_NAMES = { headline: 'Headline', standfirst: 'Standfirst', byline: 'Byline', body: '' } as const;


/** The swatch beside a group: names the dictionary lacks have their own, apart from misspellings. */
function swatchClass(match: CheckMatch): string {
  if (match.ruleId === BUILT_IN_RULES.spellingName || match.ruleId === BUILT_IN_RULES.spellingSpecies) return 'check-unknown-name';
  return match.kind === 'style' ? `check-style-${match.level}` : `check-${match.kind}`;
}

/** Errors first, advice (a name the dictionary lacks) last, so the list opens on what must be fixed; document order within a level. */
const LEVEL_ORDER = { error: 0, warning: 1, advice: 2 } as const;
export function ChecksList({ checks, onShow }: { checks: SubbingChecks; onShow: (shown: ShownMatch) => void }) {
  const groups = new Map<string, ShownMatch[]>();
  for (const shown of checks.matches) groups.set(shown.match.ruleId, [...(groups.get(shown.match.ruleId) ?? []), shown]);
  return (
    <section className="panel subbing-checks" aria-label="Spelling and style">
      <div className="panel-head">
        <h2 className="panel-title">Spelling and style</h2>
        <span className={`count ${checks.matches.length ? 'warn' : ''}`}>{checks.matches.length}</span>
      </div>
      {checks.failure && <p role="alert">The checks could not run: {checks.failure}</p>}
      {checks.setAside.length > 0 && <SetAside rules={checks.setAside} />}
      {checks.matches.length === 0 ? (
        <p className="dim empty-note">No spelling or style problems found.</p>
      ) : (
        [...groups].sort(([, a], [, b]) => LEVEL_ORDER[a[0].match.level] - LEVEL_ORDER[b[0].match.level]).map(([ruleId, list]) => (
          <div key={ruleId} className={`check-group check-group-${list[0].match.kind}`} data-rule={ruleId}>
            <div className="check-group-head">
              <span className={`check-swatch ${swatchClass(list[0].match)}`} aria-hidden="true" />
              <strong className="check-group-label" title={`Rule: ${ruleId}`}>
                {checks.labelOf(ruleId)}
              </strong>
              <span className="dim">{list.length}</span>
              <span className="check-group-actions">
              {list.some((s) => s.match.suggestions.length) && (
                <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => checks.applyAll(ruleId)} aria-label={`Apply all: ${checks.labelOf(ruleId)}`}>
                  Apply all
                </button>
              )}
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => checks.dismissRule(ruleId)} aria-label={`Dismiss in this story: ${checks.labelOf(ruleId)}`}>
                Dismiss
              </button>
              </span>
            </div>
            <ol className="check-matches">
              {checkRows(list).map((row) => (
                <MatchRow key={rowKey(row)} row={row} checks={checks} onShow={onShow} />
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}

/**
 * One flagged word or name: its text, how many times the story has it, its first suggestion (a
 * misspelling's is asked of the worker while the row is shown) and Apply for the mention last gone
 * to. The text goes to the first mention, then each next one, round again after the last.
 */
function MatchRow({ row, checks, onShow }: { row: CheckRow; checks: SubbingChecks; onShow: (shown: ShownMatch) => void }) {
  const [at, setAt] = useState(-1);
  const count = row.instances.length;
  // After a re-check that changed the row's mentions (one applied), the place gone to no longer names the same
  // mention: start again from the first rather than let Apply land on one the sub has not looked at.
  const [seenCount, setSeenCount] = useState(count);
  if (seenCount !== count) {
    setSeenCount(count);
    setAt(-1);
  }
  const current = row.instances[Math.min(Math.max(at, 0), count - 1)];
  const first = useSuggestions(current.match)?.[0];
  const spelling = current.match.ruleId === BUILT_IN_RULES.spelling;
  const goNext = () => {
    const next = (at + 1) % count;
    setAt(next);
    onShow(row.instances[next]);
  };
  // A row's mentions may stand in several fields: it is named by its field only when they share one.
  const field = row.instances.every((s) => s.field === current.field) ? FIELD_NAMES[current.field] : '';
  // Said by the row's description, not its name: a name holding "Headline:" is a second "Headline" to find by label.
  const where = count > 1 ? (at < 0 ? `${count} times: go to the first` : `${at + 1} of ${count}: go to the next`) : null;
  const whereId = useId();
  return (
    <li className="check-match">
      <button type="button" className="check-where" onMouseDown={(e) => e.preventDefault()} onClick={goNext} title={current.match.message} aria-describedby={where === null ? undefined : whereId}>
        {field ? `${field}: ` : ''}“{row.text}”
        {count > 1 && <span className="check-count">{at < 0 ? ` ×${count}` : ` ${at + 1}/${count}`}</span>}
        {first !== undefined ? ` → “${first}”` : ''}
      </button>
      {where !== null && (
        <span id={whereId} hidden>
          {where}
        </span>
      )}
      {first !== undefined && (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => checks.apply(current, first)} aria-label={`Apply “${first}” for “${row.text}”${count > 1 ? ` (${Math.max(at, 0) + 1} of ${count})` : ''}`}>
          Apply
        </button>
      )}
      {first !== undefined && count > 1 && (
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => (spelling ? checks.applyEverywhere(row.text, first) : checks.applyEach(row.instances))}
          aria-label={`Apply “${first}” for all ${count} “${row.text}”`}
          title={`Replace every “${row.text}” in the story with “${first}”, in one step`}
        >
          All {count}
        </button>
      )}
    </li>
  );
}

function SetAside({ rules }: { rules: SetAsideRule[] }) {
  return (
    <div className="check-set-aside" role="note">
      <p>
        <strong>{rules.length === 1 ? 'One rule' : `${rules.length} rules`} of house-style.yaml set aside:</strong>
      </p>
      <ul>
        {rules.map((r) => (
          <li key={`${r.line}-${r.id}`}>
            line {r.line}
            {r.id ? `, ${r.id}` : ''}: {r.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
