/**
 * The Explorer's route elements for src/app/App.tsx. Loaded like the other screens, so a visit
 * that opens on a Learn page does not download the editor first; src/main.tsx starts fetching
 * them early when the Explorer is the page being opened.
 */
import { lazyRoute } from '../learn/lazy-routes.tsx';
import { withSavedWork } from './persistence/with-saved-work.ts';

export const ExplorerLazyRoute = lazyRoute(
  withSavedWork(() => import('./ExplorerPage.tsx').then((m) => m.ExplorerPage)),
  'Loading the Explorer…',
);

/** `#/example/<id>`: opens a gallery example, then shows the Explorer. */
export const ExampleLinkRoute = lazyRoute(
  withSavedWork(() =>
    import('./persistence/ScenarioLinkRoute.tsx').then(
      ({ ScenarioLinkRoute }) =>
        function ExampleLink() {
          return <ScenarioLinkRoute source="example" />;
        },
    ),
  ),
  'Opening the example…',
);

/** `#/s/<fragment>`: opens a shared link, then shows the Explorer. */
export const SharedLinkRoute = lazyRoute(
  withSavedWork(() =>
    import('./persistence/ScenarioLinkRoute.tsx').then(
      ({ ScenarioLinkRoute }) =>
        function SharedLink() {
          return <ScenarioLinkRoute source="link" />;
        },
    ),
  ),
  'Opening the shared scenario…',
);
