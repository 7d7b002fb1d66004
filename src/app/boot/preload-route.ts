/**
 * Starts fetching the opened route's own code and content while the app's code downloads,
 * instead of after the app has rendered and asked for it (one network round trip instead of
 * two on a slow line). The routes' lazy loaders (../screens.tsx) import the same modules, so
 * nothing loads twice; a failure here is left for the route itself to report.
 */
import { matchRoute, type Screen } from '../routes.ts';

// The canvas (React Flow) is left to the Explorer: fetched alongside, it would slow the rest.
const explorer = () => [
  import('../../features/editor/ExplorerPage.tsx'),
  import('../../features/editor/persistence/boot.ts'),
];

const PRELOADS: Record<Screen, (params: Record<string, string>) => Promise<unknown>[]> = {
  explorer,
  example: explorer,
  shared: explorer,
  concept: ({ slug = '' }) => [
    import('../../features/learn/ConceptRoute.tsx'),
    import('../../features/learn/concept-pages.ts').then((m) => m.loadConceptPage(slug)),
    import('../../ui/learn-content/glossary.ts').then((m) => m.loadGlossary()),
  ],
  learn: () => [import('../../features/learn/LearnIndexPage.tsx')],
  glossary: () => [import('../../features/learn/GlossaryPage.tsx')],
  quiz: () => [import('../../features/quiz/QuizRoute.tsx')],
  lessons: () => [import('../../features/lessons/LessonsPage.tsx')],
  lesson: () => [import('../../features/lessons/LessonRoute.tsx'), ...explorer()],
  'not-found': () => [],
};

// Embeds live outside the shell and its route table (src/app/App.tsx): no navigation there.
const EMBED = /^#\/embed\/(s|example)\//;

/** @example screenFor('#/learn/cold-starts') // → 'concept' */
export function screenFor(hash: string): Screen | 'embed' {
  return EMBED.test(hash) ? 'embed' : matchRoute(hash).route.screen;
}

/** @example preloadRoute('#/learn/cold-starts'); // page code, text and glossary start loading */
export function preloadRoute(hash: string) {
  if (EMBED.test(hash)) {
    import('../embed/EmbedPage.tsx').catch(() => {});
    return;
  }
  const { route, params } = matchRoute(hash);
  for (const promise of PRELOADS[route.screen](params)) promise.catch(() => {});
}
