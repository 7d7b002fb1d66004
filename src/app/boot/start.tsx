import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../App.tsx';
import { yieldToMain } from './yield-to-main.ts';

/**
 * Restores saved work, then renders the app over the static shell, yielding between the steps.
 * The first render is a transition so React renders in short slices and the page stays
 * responsive while it builds (the shell stays on screen until React commits).
 */
export async function start(bootScenario: () => void) {
  // Restore saved work before the first render, so nothing flashes or saves over it.
  bootScenario();
  await yieldToMain();
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  const reactRoot = createRoot(root);
  await yieldToMain();
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
