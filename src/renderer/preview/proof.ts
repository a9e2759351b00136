// The proof in the pane, kept from one refresh to the next (patch.ts): the
// article and its header are made again only when they change, and the body
// keeps the elements of the blocks an edit did not touch.
import type { PrintParts, PrintPiece } from '../../shared/layout/print-markup';
import { madeOf, setChildren, setElement } from './patch';

/** Puts `parts` in `host`, reusing the elements already there that read the same. */
export function setProof(host: HTMLElement, parts: PrintParts): void {
  const empty = `${parts.open}</article>`;
  let article = host.firstElementChild;
  if (!article || !madeOf(article, empty)) {
    article = setElement(empty);
    const body = document.createElement('div');
    body.className = 'gp-body';
    article.append(setElement(parts.head), body);
    host.replaceChildren(article);
  }
  const head = article.firstElementChild!;
  if (!madeOf(head, parts.head)) head.replaceWith(setElement(parts.head));
  const body = article.lastElementChild!;
  setChildren(body, parts.body.map((piece) => piece.html));
  label(body, parts.body);
}

// A kept block that moved takes its new index (an attribute no rule reads,
// so no restyle), and the intro's class follows the intro.
function label(body: Element, pieces: readonly PrintPiece[]): void {
  const elements = body.children;
  pieces.forEach((piece, i) => {
    const element = elements[i];
    const block = piece.block === null ? null : String(piece.block);
    if (element.getAttribute('data-block') !== block) {
      if (block === null) element.removeAttribute('data-block');
      else element.setAttribute('data-block', block);
    }
    if (element.classList.contains('gp-intro') !== piece.intro) {
      element.classList.toggle('gp-intro', piece.intro);
      if (!element.classList.length) element.removeAttribute('class');
    }
  });
}
