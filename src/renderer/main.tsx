// The first script is small: it opens the session and, for a window opened
// onto a story (`#article=…`), starts reading the story at once. The window's
// code (app/boot.tsx, fetched alongside it: see the modulepreload in
// electron.vite.config.ts) is evaluated in a task of its own, so the session's
// round trip and the story's read overlap with it instead of waiting for it.
// The session module comes first: its trade with the server starts before anything else is evaluated.
import { sessionOpened } from './session/session';
import { client } from './api/client';
import { articleInAddress } from './app/address';
import './styles/app.css';

const story = articleInAddress();
const read = sessionOpened.then((state) => (state === 'open' && story ? client.getArticle({ id: story }) : null));
// A failed read is said by the opening, which reads again.
read.catch(() => undefined);

void Promise.all([sessionOpened, import('./app/boot')]).then(([state, boot]) => boot.start(state, story, read));
