// The session module comes first: its trade with the server starts while the rest of the app is evaluated.
import { sessionOpened } from './session/session';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { NoSession } from './session/NoSession';
import './styles/app.css';

void sessionOpened.then((state) =>
  createRoot(document.getElementById('root')!).render(<StrictMode>{state === 'open' ? <App /> : <NoSession state={state} />}</StrictMode>),
);
