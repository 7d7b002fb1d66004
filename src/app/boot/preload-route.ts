/**
 * Starts fetching the opened route's own code and content while the app's code downloads,
 * instead of after the app has rendered and asked for it (one network round trip instead of
 * two on a slow line). The routes' lazy loaders import the same modules, so nothing loads twice;
 * a failure here is left for the route itself to report.
 */
const ignore = () => {};

const PRELOADS: [RegExp, (match: RegExpExecArray) => Promise<unknown>[]][] = [
  [
    /^#\/learn\/([a-z0-9-]+)/,
    ([, slug]) => [
      import('../../features/learn/ConceptRoute.tsx'),
      import('../../features/learn/concept-pages.ts').then((m) => m.loadConceptPage(slug ?? '')),
      import('../../features/learn/glossary.ts').then((m) => m.loadGlossary()),
    ],
  ],
  [/^#\/learn\/?$/, () => [import('../../features/learn/LearnIndexPage.tsx')]],
  [/^#\/glossary/, () => [import('../../features/learn/GlossaryPage.tsx')]],
  [/^#\/quiz/, () => [import('../../features/quiz/QuizRoute.tsx')]],
  [/^#\/lessons\/?$/, () => [import('../../features/lessons/LessonsPage.tsx')]],
  [/^#\/lesson\//, () => [import('../../features/lessons/LessonRoute.tsx')]],
  // The canvas (React Flow) is left to the Explorer: fetched alongside, it would slow the rest.
  [/^(#\/?)?$|^#\/(example|s)\//, () => [import('../../features/editor/ExplorerPage.tsx')]],
];

/** @example preloadRoute('#/learn/cold-starts'); // page code, text and glossary start loading */
export function preloadRoute(hash: string) {
  for (const [pattern, load] of PRELOADS) {
    const match = pattern.exec(hash);
    if (match) {
      for (const promise of load(match)) promise.catch(ignore);
      return;
    }
  }
}
