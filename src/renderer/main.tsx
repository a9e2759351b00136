// The first script is small: it opens the session and, for a window opened
// onto a story (`#article=…`), starts reading the story at once and loads the
// body editor's code alone (editor/first-story.ts: TipTap and ProseMirror, no
// React, no contract schemas), so the story is shown, editable, as soon as it
// is read. The window's code (app/boot.tsx, asked for once the story is
// shown: see index.html's template) is evaluated once that view is painted,
// and adopts its editor. A window opened on the library asks for its
// newest stories as soon as the session is open and paints them plain
// (library/first-rows.ts); the window's code is evaluated once that frame is
// painted, and LibraryView adopts the rows and whatever the sub did to them.
// The session module comes first: its trade with the server starts before anything else is evaluated.
import { callsReady, sessionOpened } from './session/session';
import { client, clientFor } from './api/client';
import { takeEarlyRead } from './session/early';
import { articleInAddress } from './app/address';
import { loadPasteCodeWhenIdle } from './editor/paste-code-loading';
import { FIRST_SCREEN, showFirstRows } from './library/first-rows';
// The shipped faces in the first stylesheet, hashed and kept by the browser: linked from the page as they were, a
// stylesheet of their own was fetched afresh each load, and the first script waited for it.
import './fonts.css';
import './styles/app.css';

/** The story's read: the one the page sent with its first request (session/early.ts), or one sent as soon as calls can be made when it sent none it could. */
async function readStory(id: string) {
  const sent = await takeEarlyRead(id);
  if (sent) return clientFor(Promise.resolve(sent)).getArticle({ id });
  await callsReady;
  return client.getArticle({ id });
}

const story = articleInAddress();
// Sent as soon as calls can be made (at once on a reload); what it read is used only once the session is open.
const opened = (state: unknown) => state === 'open';
const read = story ? Promise.all([sessionOpened, readStory(story)]).then(([state, article]) => (opened(state) ? article : null)) : Promise.resolve(null);
// A failed read is said by the opening, which reads again.
read.catch(() => undefined);

/** A window on the library: its first screen of stories. A failed listing is said by the library, which asks again. */
const firstRows = story ? null : Promise.all([sessionOpened, callsReady.then(() => client.listArticles({ first: FIRST_SCREEN }))]).then(([state, listing]) => (opened(state) ? listing : null));
firstRows?.catch(() => undefined);

/**
 * Asks for the window's code (index.html's template of its files): the page asks at once for a window on the
 * library; a window opened onto a story asks once its story is shown, so that code never competed with the
 * story's own code, session and read for the page's connections and its one thread.
 */
function askForWindowCode(): void {
  const code = document.getElementById('window-code');
  if (!(code instanceof HTMLTemplateElement)) return;
  code.remove();
  document.head.append(code.content);
}

/**
 * Resolves once the page's stylesheets have loaded (or failed, or after 5 s whatever they did): the window's
 * stylesheet, asked for from the template, does not hold the page's scripts as one written in the page does,
 * and the window's first frame is not drawn without it.
 */
function stylesheetsLoaded(): Promise<unknown> {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  const loaded = pending.map((link) => new Promise((done) => (link.addEventListener('load', done, { once: true }), link.addEventListener('error', done, { once: true }))));
  // A sheet that failed before this was asked fires nothing more: the wait has an end.
  return Promise.race([Promise.all(loaded), new Promise((done) => setTimeout(done, 5000))]);
}

/** Resolves after the next frame has been painted: a task posted from a frame's callback runs after its paint. */
const afterPaint = () =>
  new Promise<void>((painted) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => painted();
      channel.port2.postMessage(0);
    }),
  );

/** Resolves in a task of its own: whatever the current one has started (a request) is on its way by then. */
const nextTask = () =>
  new Promise<void>((next) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => next();
    channel.port2.postMessage(0);
  });

/**
 * The story (or the library's first rows) shown in the first view, then a painted frame. The
 * editor is built while the server reads the story: after the session has answered and the read has
 * been sent, never before, since building it holds the page's one thread for tens of milliseconds and
 * the read would wait behind it.
 */
const firstView: Promise<unknown> = story
  ? Promise.all([
      read,
      Promise.all([import('./editor/first-story'), sessionOpened.then(nextTask)]).then(([first]) => {
        first.prepareFirstStory();
        return first;
      }),
    ])
      .then(([article, first]) => (article && first.showFirstStory(article) ? (askForWindowCode(), afterPaint()) : undefined))
      .catch(() => undefined)
  : firstRows!.then((listing) => (listing && showFirstRows(listing) ? afterPaint() : undefined)).catch(() => undefined);

void Promise.all([
  sessionOpened,
  firstView.then(() => {
    askForWindowCode();
    return Promise.all([import('./app/boot'), stylesheetsLoaded()]).then(([boot]) => boot);
  }),
]).then(([state, boot]) => {
  boot.start(state, story, read);
  // What a paste or drop passes through is fetched once the window is idle (editor/paste-code-loading.ts).
  loadPasteCodeWhenIdle();
});
