// A long story's markup, set again after each pause in typing, would make the
// browser restyle, reshape and lay out every word (50–100 ms for 10,000
// words). Replacing only the children whose markup changed lets it keep the
// rest: a refresh costs the paragraph typed in and the reflow after it.

/** The markup each element was made from. */
const madeFrom = new WeakMap<Element, string>();

/**
 * Makes `parent`'s children the elements of `markup` (one element each),
 * keeping the ones already there that were made from the same markup.
 */
export function setChildren(parent: Element, markup: readonly string[]): void {
  // An edit changes a run of blocks (one, when the sub types; a few, when a
  // paragraph is split, joined, pasted or cut): those before and after it
  // read the same and are kept, whatever their new place.
  const old = [...parent.children];
  let start = 0;
  while (start < old.length && start < markup.length && madeFrom.get(old[start]) === markup[start]) start++;
  let oldEnd = old.length;
  let newEnd = markup.length;
  while (oldEnd > start && newEnd > start && madeFrom.get(old[oldEnd - 1]) === markup[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  for (let i = start; i < oldEnd; i++) old[i].remove();
  if (newEnd === start) return;
  const made = parse(markup.slice(start, newEnd).join(''));
  made.forEach((element, i) => madeFrom.set(element, markup[start + i]));
  parent.insertBefore(fragment(made), old[oldEnd] ?? null);
}

/** Whether `element` was made from `markup` by setChildren or setElement. */
export const madeOf = (element: Element, markup: string) => madeFrom.get(element) === markup;

/** One element from `markup`, remembered as made from it. */
export function setElement(markup: string): Element {
  const [element] = parse(markup);
  madeFrom.set(element, markup);
  return element;
}

/** The elements of some markup, parsed inert: a template runs nothing and loads nothing. */
function parse(html: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.children];
}

function fragment(elements: readonly Element[]): DocumentFragment {
  const out = document.createDocumentFragment();
  out.append(...elements);
  return out;
}
