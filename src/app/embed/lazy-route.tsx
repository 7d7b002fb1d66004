/** The embed's route elements, each loading the embed screen on first render. */
import { lazyRoute } from '../../ui/lazy-route.tsx';

export const EmbedLinkRoute = lazyRoute(
  () => import('./EmbedPage.tsx').then(({ EmbedPage }) => () => <EmbedPage source="s" />),
  'Loading the diagram…',
);

export const EmbedExampleRoute = lazyRoute(
  () => import('./EmbedPage.tsx').then(({ EmbedPage }) => () => <EmbedPage source="example" />),
  'Loading the diagram…',
);
