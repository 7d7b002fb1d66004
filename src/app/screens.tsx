/**
 * The element each screen of the route table (./routes.ts) renders, each loaded on first visit:
 * a visit downloads only the screen it opens. This is where features are put together: the
 * Explorer with playback's commands, a lesson around the Explorer.
 */
import type { ComponentType } from 'react';
import { lazyRoute } from '../ui/lazy-route.tsx';
import { withSavedWork } from '../features/editor/persistence/with-saved-work.ts';
import type { Screen } from './routes.ts';
import { RouteError } from './RouteError.tsx';
import { ExplorerSlotsProvider } from '../ui/explorer-slots.tsx';
import { useEditorUi } from '../store/editor-ui-store.ts';

/**
 * The Explorer, with playback in its slots (./explorer-slots.tsx), playback's part of the
 * command registry (Space plays from the start) and the host of the "Compare with containers"
 * experiment (which loads its dialog on first use).
 */
const loadExplorer = () =>
  Promise.all([
    import('../features/editor/ExplorerPage.tsx'),
    import('./explorer-slots.tsx'),
    import('../features/playback/transport/commands.ts'),
    import('../features/compare/CompareHost.tsx'),
  ]).then(
    ([m, { EXPLORER_SLOTS }, , { CompareHost }]) =>
      function Explorer() {
        return (
          <ExplorerSlotsProvider slots={EXPLORER_SLOTS}>
            <m.ExplorerPage />
            <CompareHost />
          </ExplorerSlotsProvider>
        );
      },
  );

/** A shared link or a gallery example: opens it, then shows the Explorer. */
const loadLink = (source: 'example' | 'link') =>
  Promise.all([
    import('../features/editor/persistence/ScenarioLinkRoute.tsx'),
    loadExplorer(),
  ]).then(
    ([{ ScenarioLinkRoute }]) =>
      function ScenarioLink() {
        return <ScenarioLinkRoute source={source} />;
      },
  );

// A lesson edits the diagram, so the learner's saved work is restored (and kept) first.
const loadLesson = () =>
  Promise.all([import('../features/lessons/LessonRoute.tsx'), loadExplorer()]).then(
    ([{ LessonRoute }, ExplorerPage]) =>
      function Lesson() {
        return <LessonRoute explorer={<ExplorerPage />} />;
      },
  );

/** The Explorer, with the welcome gallery ready when a first visit opens on it. */
const loadExplorerScreen = withSavedWork(loadExplorer);
const loadWelcomingExplorer = () =>
  loadExplorerScreen().then(async (screen) => {
    if (useEditorUi.getState().dialog === 'gallery') {
      await import('./explorer-slots.tsx').then((m) => m.preloadGallery());
    }
    return screen;
  });

export const SCREENS: Record<Screen, ComponentType> = {
  explorer: lazyRoute(loadWelcomingExplorer, 'Loading the Explorer…'),
  example: lazyRoute(
    withSavedWork(() => loadLink('example')),
    'Opening the example…',
  ),
  shared: lazyRoute(
    withSavedWork(() => loadLink('link')),
    'Opening the shared scenario…',
  ),
  learn: lazyRoute(() =>
    import('../features/learn/LearnIndexPage.tsx').then((m) => m.LearnIndexPage),
  ),
  // With the live figures other features draw on concept pages (./figures.ts).
  concept: lazyRoute(() =>
    Promise.all([import('../features/learn/ConceptRoute.tsx'), import('./figures.ts')]).then(
      ([m]) => m.ConceptRoute,
    ),
  ),
  glossary: lazyRoute(() =>
    import('../features/learn/GlossaryPage.tsx').then((m) => m.GlossaryPage),
  ),
  quiz: lazyRoute(() => import('../features/quiz/QuizRoute.tsx').then((m) => m.QuizRoute)),
  lessons: lazyRoute(() =>
    import('../features/lessons/LessonsPage.tsx').then((m) => m.LessonsPage),
  ),
  lesson: lazyRoute(withSavedWork(loadLesson)),
  'not-found': RouteError,
};
