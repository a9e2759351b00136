// The first script is small: it opens the session and, for a window opened
// onto a story (`#article=…`), starts reading the story at once and loads the
// body editor's code alone (editor/first-story.ts: TipTap and ProseMirror, no
// React, no contract schemas), so the story is shown, editable, as soon as it
// is read. The window's code (app/boot.tsx, fetched alongside: see the
// modulepreload in electron.vite.config.ts) is evaluated once that view is
// painted, and adopts its editor; a window opened on the library evaluates
// it at once, in a task of its own, while the session's round trip runs.
// The session module comes first: its trade with the server starts before anything else is evaluated.
import { sessionOpened } from './session/session';
import { client } from './api/client';
import { articleInAddress } from './app/address';
import { loadPasteCodeWhenIdle } from './editor/paste-code-loading';
import './styles/app.css';

const story = articleInAddress();
const read = sessionOpened.then((state) => (state === 'open' && story ? client.getArticle({ id: story }) : null));
// A failed read is said by the opening, which reads again.
read.catch(() => undefined);

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
 * The story shown in the first view, then a painted frame; at once when there is none to show. The
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
      .then(([article, first]) => (article && first.showFirstStory(article) ? afterPaint() : undefined))
      .catch(() => undefined)
  : Promise.resolve();

void Promise.all([sessionOpened, firstView.then(() => import('./app/boot'))]).then(([state, boot]) => {
  boot.start(state, story, read);
  // What a paste or drop passes through is fetched once the window is idle (editor/paste-code-loading.ts).
  loadPasteCodeWhenIdle();
});
