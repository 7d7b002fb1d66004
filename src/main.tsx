/**
 * The entry: deliberately tiny. index.html already shows a static welcome; this lets the browser
 * paint it before any heavy script arrives, then loads the app and the current route's screen
 * (with the saved work, for screens that show the diagram) side by side. (Lighthouse times first
 * loads at a 4× CPU slowdown on a slow network: a big entry chunk held the first paint back by
 * seconds.)
 */
import './index.css';
import { registerServiceWorker } from './app/register-service-worker.ts';
import { afterFirstPaint } from './app/boot/after-first-paint.ts';
import { preloadRoute } from './app/boot/preload-route.ts';
import { showBootFailure } from './app/boot/boot-failure.ts';
import { openStorageSoon } from './app/boot/open-storage.ts';

registerServiceWorker();
void afterFirstPaint()
  .then(async () => {
    preloadRoute(location.hash);
    const app = import('./app/App.tsx');
    app.catch(() => {}); // reported through start()
    openStorageSoon();
    const { start } = await import('./app/boot/start.tsx');
    await start(app);
  })
  .catch(showBootFailure);
