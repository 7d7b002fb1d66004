/**
 * Starts fetching the opened route's own code and content while the app's code downloads,
 * instead of after the app has rendered and asked for it (one network round trip instead of
 * two on a slow line). The routes' lazy loaders import the same modules, so nothing loads twice;
 * a failure here is left for the route itself to report.
 */
type Screen =
  'embed' | 'explorer' | 'concept' | 'learn' | 'glossary' | 'quiz' | 'lessons' | 'lesson';

const SCREENS: [RegExp, Screen][] = [
  [/^#\/embed\/(s|example)\//, 'embed'],
  [/^(#\/?)?$|^#\/(example|s)\//, 'explorer'],
  [/^#\/learn\/[a-z0-9-]+/, 'concept'],
  [/^#\/learn\/?$/, 'learn'],
  [/^#\/glossary(\/|$)/, 'glossary'],
  [/^#\/quiz(\/|$)/, 'quiz'],
  [/^#\/lessons\/?$/, 'lessons'],
  [/^#\/lesson\//, 'lesson'],
];

/** @example screenFor('#/learn/cold-starts') // → 'concept' */
export function screenFor(hash: string): Screen | null {
  return SCREENS.find(([pattern]) => pattern.test(hash))?.[1] ?? null;
}

const PRELOADS: Record<Screen, (hash: string) => Promise<unknown>[]> = {
  embed: () => [import('../embed/EmbedPage.tsx')],
  // The canvas (React Flow) is left to the Explorer: fetched alongside, it would slow the rest.
  explorer: () => [
    import('../../features/editor/ExplorerPage.tsx'),
    import('../../features/editor/persistence/boot.ts'),
  ],
  concept: (hash) => {
    const slug = /^#\/learn\/([a-z0-9-]+)/.exec(hash)?.[1] ?? '';
    return [
      import('../../features/learn/ConceptRoute.tsx'),
      import('../../features/learn/concept-pages.ts').then((m) => m.loadConceptPage(slug)),
      import('../../features/learn/glossary.ts').then((m) => m.loadGlossary()),
    ];
  },
  learn: () => [import('../../features/learn/LearnIndexPage.tsx')],
  glossary: () => [import('../../features/learn/GlossaryPage.tsx')],
  quiz: () => [import('../../features/quiz/QuizRoute.tsx')],
  lessons: () => [import('../../features/lessons/LessonsPage.tsx')],
  lesson: () => [
    import('../../features/lessons/LessonRoute.tsx'),
    import('../../features/editor/persistence/boot.ts'),
  ],
};

/** @example preloadRoute('#/learn/cold-starts'); // page code, text and glossary start loading */
export function preloadRoute(hash: string) {
  const screen = screenFor(hash);
  if (!screen) return;
  for (const promise of PRELOADS[screen](hash)) promise.catch(() => {});
}
