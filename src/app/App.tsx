import { HashRouter, Route, Routes } from '../ui/router/index.ts';
import { Shell } from './Shell.tsx';
import { ROUTES } from './routes.ts';
import { SCREENS } from './screens.tsx';
import { EmbedExampleRoute, EmbedLinkRoute } from './embed/lazy-route.tsx';

// Hash routing: the static build works under any sub-path and on reload (STACK.md).
// The addresses are the route table's (./routes.ts); every screen is loaded on demand.
export function App() {
  return (
    <HashRouter>
      <Routes>
        {/* Embeds go without the shell: no navigation inside someone else's page. */}
        <Route path="/embed/s/:fragment" element={<EmbedLinkRoute />} />
        <Route path="/embed/example/:id" element={<EmbedExampleRoute />} />
        <Route path="/" element={<Shell />}>
          {ROUTES.map(({ path, screen }) => {
            const Screen = SCREENS[screen];
            return path === '' ? (
              <Route key="index" index element={<Screen />} />
            ) : (
              <Route key={path} path={path} element={<Screen />} />
            );
          })}
        </Route>
      </Routes>
    </HashRouter>
  );
}
