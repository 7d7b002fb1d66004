import { HashRouter, Route, Routes } from '../ui/router/index.ts';
import { Shell } from './Shell.tsx';
import { RouteError } from './RouteError.tsx';
import {
  ExampleLinkRoute,
  ExplorerLazyRoute,
  SharedLinkRoute,
} from '../features/editor/lazy-route.tsx';
import {
  GlossaryRoute,
  LearnConceptRoute,
  LearnIndexRoute,
} from '../features/learn/lazy-routes.tsx';
import { QuizLazyRoute } from '../features/quiz/lazy-route.tsx';
import { LessonLazyRoute, LessonsLazyRoute } from '../features/lessons/lazy-routes.tsx';
import { EmbedExampleRoute, EmbedLinkRoute } from './embed/lazy-route.tsx';

// Hash routing: the static build works under any sub-path and on reload (STACK.md).
// Every screen is loaded on demand, so a visit downloads only the screen it opens.
export function App() {
  return (
    <HashRouter>
      <Routes>
        {/* Embeds go without the shell: no navigation inside someone else's page. */}
        <Route path="/embed/s/:fragment" element={<EmbedLinkRoute />} />
        <Route path="/embed/example/:id" element={<EmbedExampleRoute />} />
        <Route path="/" element={<Shell />}>
          <Route index element={<ExplorerLazyRoute />} />
          <Route path="example/:id" element={<ExampleLinkRoute />} />
          <Route path="s/:fragment" element={<SharedLinkRoute />} />
          <Route path="learn" element={<LearnIndexRoute />} />
          <Route path="learn/:slug" element={<LearnConceptRoute />} />
          <Route path="glossary" element={<GlossaryRoute />} />
          <Route path="glossary/:slug" element={<GlossaryRoute />} />
          <Route path="quiz/*" element={<QuizLazyRoute />} />
          <Route path="lessons" element={<LessonsLazyRoute />} />
          <Route path="lesson/:id" element={<LessonLazyRoute />} />
          <Route path="*" element={<RouteError />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
