import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { NoSession } from './session/NoSession';
import { openSession } from './session/session';
import './styles/app.css';

void openSession().then((state) =>
  createRoot(document.getElementById('root')!).render(<StrictMode>{state === 'open' ? <App /> : <NoSession state={state} />}</StrictMode>),
);
