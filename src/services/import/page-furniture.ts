// Page furniture that the markup itself names: `<nav>`, `<footer>`,
// `<aside>`, forms and buttons, and elements whose class, id or role says
// share, newsletter, donate, cookie, advert, related, comments or menu.
// Removed as whole elements before the walk, and reported.
//
// A class name is a weak witness (a story container may be called
// "article has-share-bar"), so an element is spared when removing it would
// take the story with it: when it holds most of the page's paragraph text,
// or every `<h1>` on the page.
import type { StrippedBlock } from '../../shared/import/furniture';
import { normaliseText } from '../../shared/import/normalise';

const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'label', 'figcaption']);

const FURNITURE_TOKENS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'skip', 'skiplink',
  'share', 'sharing', 'sharebar', 'social', 'newsletter', 'signup', 'subscribe', 'subscription', 'paywall',
  'donate', 'donation', 'donations', 'support', 'fundraising', 'appeal',
  'cookie', 'cookies', 'consent', 'gdpr',
  'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsor', 'sponsored', 'promo', 'outbrain', 'taboola',
  'related', 'comments', 'sidebar', 'popup', 'modal', 'footer', 'masthead',
]);

const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
]);

/** "article-share_bar shareBar" → article, share, bar, share, bar */
function tokensOf(value: string | null): string[] {
  if (!value) return [];
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Why an element is furniture, or null when it is not. */
function furnitureReason(el: Element): string | null {
  const tag = el.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return tag;
  // A header inside the story is the story's own: headline, standfirst, byline.
  if (tag === 'header' && !el.parentElement?.closest('article, main')) return 'header';
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return role.toLowerCase();
  for (const token of [...tokensOf(el.getAttribute('class')), ...tokensOf(el.getAttribute('id'))]) {
    if (FURNITURE_TOKENS.has(token)) return token;
  }
  return null;
}

const MAX_REPORTED_CHARS = 10_000;

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/**
 * The element's text for the report, with a space between its pieces ("Home
 * News", not "HomeNews"): whole, since the sub may put it back (a fact box
 * taken for an aside), up to what the report carries.
 */
function reportText(el: Element): string {
  const pieces: string[] = [];
  const collect = (node: Node) => {
    if (node.nodeType === 3) pieces.push(node.nodeValue ?? '');
    else node.childNodes.forEach(collect);
  };
  collect(el);
  const text = normaliseText(pieces.join(' '));
  return text.length > MAX_REPORTED_CHARS ? `${text.slice(0, MAX_REPORTED_CHARS - 1)}…` : text;
}

// Elements that become blocks of the story: what a removed element is put back after.
const STORY_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd', 'dt']);
const SHOW_ELEMENT = 1;

/** The text of the story block before `el` in reading order (null: none), where it would go back. */
function blockBefore(body: HTMLElement, el: Element): string | null {
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_ELEMENT);
  walker.currentNode = el;
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    const candidate = node as Element;
    if (candidate.contains(el) || !STORY_BLOCKS.has(candidate.tagName.toLowerCase())) continue;
    const text = normaliseText(candidate.textContent ?? '');
    if (text) return text;
  }
  return null;
}

export function removePageFurniture(body: HTMLElement): StrippedBlock[] {
  const paragraphs = [...body.querySelectorAll('p')];
  const paragraphText = paragraphs.reduce((n, p) => n + textLength(p), 0);
  const storyShare = (el: Element) =>
    paragraphText > 0
      ? [...el.querySelectorAll('p')].reduce((n, p) => n + textLength(p), 0) / paragraphText
      : textLength(el) / Math.max(1, textLength(body));
  const headings = [...body.querySelectorAll('h1')];
  const holdsEveryH1 = (el: Element) => headings.length > 0 && headings.every((h) => el.contains(h));

  const removed: StrippedBlock[] = [];
  for (const el of [...body.querySelectorAll('*')]) {
    if (!body.contains(el)) continue; // inside something already removed
    const reason = furnitureReason(el);
    if (!reason) continue;
    if (storyShare(el) >= 0.5) continue;
    if (el.tagName.toLowerCase() !== 'nav' && holdsEveryH1(el)) continue;
    const text = reportText(el);
    if (text) removed.push({ rule: `page-${reason}`, text, after: blockBefore(body, el) });
    el.remove();
  }
  return removed;
}
