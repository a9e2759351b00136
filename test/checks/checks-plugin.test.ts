// The checks' ProseMirror plugin on the typing path: a keystroke only maps
// the underlines already drawn (no set built afresh, nothing made for a
// keystroke that changes no underline); the worker's answer arrives as one
// transaction after the pause.
import { describe, expect, it } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { checksKey, checksPlugin, decorationsFor, placedMatches } from '../../src/renderer/checks/checks-plugin';
import type { CheckMatch } from '../../src/shared/checks/model';

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} } });
const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('The harbur trust met.')]), schema.node('paragraph', null, [schema.text('Fees rose by 10% in May.')])]);
const match = (text: string, ruleId = 'spelling'): CheckMatch => ({ ruleId, kind: 'spelling', level: 'error', message: `${text}?`, block: 0, start: 0, end: text.length, text, suggestions: [] });
const fresh = () => EditorState.create({ doc, plugins: [checksPlugin({ open: () => {} })] });
const textAt = (state: EditorState, from: number, to: number) => state.doc.textBetween(from, to);

describe('the checks plugin while the sub types', () => {
  it('with nothing underlined, a keystroke leaves the empty set as it was', () => {
    const state = fresh();
    const before = checksKey.getState(state);
    const typed = state.apply(state.tr.insertText('x', 5));
    expect(checksKey.getState(typed)).toBe(before);
  });

  it('a caret move keeps the very set; typing maps each underline onto the same words', () => {
    let state = fresh();
    // "harbur" is at 5–11 in the first paragraph; "10%" at 37–40 in the second.
    state = state.apply(state.tr.setMeta(checksKey, decorationsFor(state, [{ match: match('harbur'), from: 5, to: 11 }, { match: match('10%', 'per-cent'), from: 37, to: 40 }])));
    const drawn = checksKey.getState(state);
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 30)));
    expect(checksKey.getState(moved)).toBe(drawn);
    // Typing before both underlines, then between them: each still covers its own words.
    let typed = moved.apply(moved.tr.insertText('New ', 1));
    typed = typed.apply(typed.tr.insertText('the ', 31));
    expect(placedMatches(typed).map((p) => textAt(typed, p.from, p.to))).toEqual(['harbur', '10%']);
    // The matches the underlines carry are the ones the worker sent, not copies made for each keystroke.
    expect(placedMatches(typed).map((p) => p.match)).toEqual(placedMatches(state).map((p) => p.match));
    expect(placedMatches(typed)[0].match).toBe(placedMatches(state)[0].match);
  });

  it('the worker’s answer replaces the set in one transaction', () => {
    let state = fresh();
    const set = decorationsFor(state, [{ match: match('harbur'), from: 5, to: 11 }]);
    state = state.apply(state.tr.setMeta(checksKey, set));
    expect(checksKey.getState(state)).toBe(set);
  });
});
