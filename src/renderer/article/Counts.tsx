// The counts a sub watches while cutting: in the side column, and again in
// the status bar at the foot of the window with the copyfit and save state.
import { countCharacters } from '../../shared/article/text';
import type { CopyfitResult } from '../../shared/layout/copyfit';
import type { Autosaver } from '../editor/autosave';
import { describeTarget, type Counts } from '../editor/counts';
import { SaveState } from './SaveState';

interface Props {
  /** Null until the story as opened has been counted. */
  counts: Counts | null;
  headline: string;
  targetWords: number | null;
}

/** Shown for a count the story as opened has not had yet. */
const COUNTING = '…';

const counted = (n: number | undefined): string => (n === undefined ? COUNTING : n.toLocaleString());

/** The Counts panel: words against the target, characters, headline characters. */
export function CountsPanel({ counts, headline, targetWords }: Props) {
  const target = counts && describeTarget(counts.words, targetWords);
  return (
    <section className="panel" aria-label="Counts">
      <h2 className="panel-title">Counts</h2>
      <dl className="counts">
        <dt>Words</dt>
        <dd data-testid="word-count">{counted(counts?.words)}</dd>
        <dt>Target</dt>
        <dd className={target?.includes('over') ? 'over' : undefined}>{targetWords ? `${targetWords} · ${target ?? COUNTING}` : '—'}</dd>
        <dt>Characters</dt>
        <dd>{counted(counts?.characters)}</dd>
        <dt>Headline</dt>
        <dd>{countCharacters(headline)} chars</dd>
      </dl>
    </section>
  );
}

/** The status bar: the counts, the copyfit while the preview is open, and the save state. */
export function StatusBar({ counts, headline, targetWords, copyfit, autosaver }: Props & { copyfit: CopyfitResult | null; autosaver: Autosaver }) {
  const target = counts && describeTarget(counts.words, targetWords);
  return (
    <footer className="statusbar">
      <span>{counted(counts?.words)} words</span>
      {target && <span className={target.includes('over') ? 'over' : undefined}>{target}</span>}
      <span>{counted(counts?.characters)} characters</span>
      <span>headline {countCharacters(headline)}</span>
      {copyfit && <span className={copyfit.state === 'over' ? 'over' : undefined}>{copyfit.message}</span>}
      <div className="spacer" />
      <SaveState autosaver={autosaver} />
    </footer>
  );
}
