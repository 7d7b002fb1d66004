import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { App } from './app/App.tsx';
import { bootScenario } from './features/editor/persistence/boot.ts';
import { registerServiceWorker } from './app/register-service-worker.ts';

// Restore saved work before the first render, so nothing flashes or saves over it.
bootScenario();
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
