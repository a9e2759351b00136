// The subbing checks in the checks panel, grouped by rule: each match with
// its place and one-click Apply (a misspelling's first suggestion asked of
// the worker while its row is shown; a misspelling written more than once also
// All n, for every one of them), each rule with Apply all (one undoable step)
// and Dismiss; above them, any rules the desk's file holds that were set aside.
import { BUILT_IN_RULES, type CheckMatch, type SetAsideRule } from '../../shared/checks/model';
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
              {list.map((shown) => (
                <MatchRow key={`${shown.match.block}-${shown.match.start}`} shown={shown} checks={checks} onShow={onShow} />
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}

/** One match: where it is, its first suggestion (a misspelling's is asked of the worker while the row is shown) and Apply. */
function MatchRow({ shown, checks, onShow }: { shown: ShownMatch; checks: SubbingChecks; onShow: (shown: ShownMatch) => void }) {
  const first = useSuggestions(shown.match)?.[0];
  // A misspelling written more than once can be put right everywhere at once.
  const count = shown.match.ruleId === BUILT_IN_RULES.spelling ? checks.misspeltCount(shown.match.text) : 0;
  return (
    <li className="check-match">
      <button type="button" className="check-where" onMouseDown={(e) => e.preventDefault()} onClick={() => onShow(shown)} title={shown.match.message}>
        {FIELD_NAMES[shown.field] ? `${FIELD_NAMES[shown.field]}: ` : ''}“{shown.match.text}”
        {first !== undefined ? ` → “${first}”` : ''}
      </button>
      {first !== undefined && (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => checks.apply(shown, first)} aria-label={`Apply “${first}” for “${shown.match.text}”`}>
          Apply
        </button>
      )}
      {first !== undefined && count > 1 && (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => checks.applyEverywhere(shown.match.text, first)} aria-label={`Apply “${first}” for all ${count} “${shown.match.text}”`} title={`Replace every “${shown.match.text}” in the story with “${first}”, in one step`}>
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
