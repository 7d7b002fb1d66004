import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { yieldToMain } from './yield-to-main.ts';

/**
 * Renders the app over the static shell, yielding between the steps. (Saved work is restored
 * by the screens that show the diagram: features/editor/persistence/with-saved-work.ts.)
 * React DOM (this module's import) and the app's own modules (`app`, fetched alongside) are
 * evaluated in separate tasks: together they were the longest task of the first load.
 * The first render is a transition so React renders in short slices and the page stays
 * responsive while it builds (the shell stays on screen until React commits).
 */
export async function start(app: Promise<typeof import('../App.tsx')>) {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  const reactRoot = createRoot(root);
  const { App } = await app;
  await yieldToMain();
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
