import { createHashRouter, RouterProvider } from 'react-router';
import { Shell } from './Shell.tsx';
import { RouteError } from './RouteError.tsx';
import { ExplorerPage } from '../features/editor/ExplorerPage.tsx';
import { ScenarioLinkRoute } from '../features/editor/persistence/ScenarioLinkRoute.tsx';
import {
  GlossaryRoute,
  LearnConceptRoute,
  LearnIndexRoute,
} from '../features/learn/lazy-routes.tsx';
import { QuizLazyRoute } from '../features/quiz/lazy-route.tsx';

// Hash routing: the static build works under any sub-path and on reload (STACK.md).
// Learn and Quiz are loaded on demand to keep the first load small.
const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ExplorerPage /> },
      { path: 'example/:id', element: <ScenarioLinkRoute source="example" /> },
      { path: 's/:fragment', element: <ScenarioLinkRoute source="link" /> },
      { path: 'learn', element: <LearnIndexRoute /> },
      { path: 'learn/:slug', element: <LearnConceptRoute /> },
      { path: 'glossary', element: <GlossaryRoute /> },
      { path: 'glossary/:slug', element: <GlossaryRoute /> },
      { path: 'quiz/*', element: <QuizLazyRoute /> },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
