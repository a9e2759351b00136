// Why a call's arguments were refused, in words a sub can act on. The status
// bar shows this sentence when a save is refused, so it names the part of the
// story ("the headline", "the body") and the reason, never a schema path or a
// validator's own wording.
import { partName } from '../article/field-advice';

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** Our own refinements already speak plainly ("holds control characters"); the validator's do not. */
const PLAIN = /^(?:holds |the body nests |not a valid )/;

function reason(issue: Issue): string {
  if (issue.code === 'custom' || PLAIN.test(issue.message)) return issue.message.replace(/^the body /, '');
  switch (issue.code) {
    case 'too_big':
      return 'is larger than Galley can save';
    case 'too_small':
      return 'is empty or too short';
    case 'unrecognized_keys':
      return 'holds something this version of Galley does not know';
    default:
      return 'holds something Galley cannot save';
  }
}

/** The part of the arguments an issue is about, as the sub calls it. */
function where(path: PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'fields' && second) return partName(second);
  if (first === 'quotes' || first === 'sources') return partName(first);
  if (first === 'id' || first === 'ids') return 'the article id';
  if (first === 'baseRevision') return 'the revision it was based on';
  return 'the request';
}

/** One sentence for the first issue: “The headline holds control characters; your text is still in the editor.” */
export function describeRefusal(issues: readonly Issue[]): string {
  const issue = issues[0];
  if (!issue) return 'Galley could not read what was sent.';
  const part = where(issue.path);
  const sentence = `${part.charAt(0).toUpperCase()}${part.slice(1)} ${reason(issue)}`;
  return part === 'the request' ? `${sentence}.` : `${sentence}; your text is still in the editor.`;
}
