import { NavLink, Outlet } from '../ui/router/index.ts';
import { ThemeToggle } from './ThemeToggle.tsx';
import { useThemeClass } from './use-theme-class.ts';
import { Notices } from './Notices.tsx';
import { PanelBoundary } from '../ui/PanelBoundary.tsx';
import { Logo } from '../ui/Logo.tsx';
import { SearchButton } from '../features/learn/SearchButton.tsx';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-1.5 text-sm font-medium ${
    isActive
      ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`;

export function Shell() {
  useThemeClass();
  return (
    <div className="flex h-full flex-col">
      <a
        href="#main"
        onClick={(event) => {
          // The URL hash is the route: move focus instead of navigating to "#main".
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:m-2 focus:rounded focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <header className="flex h-12 shrink-0 items-center gap-2 border-b sm:gap-4 border-slate-200 px-4 dark:border-slate-800">
        <NavLink
          to="/"
          className="flex items-center gap-2 font-semibold tracking-tight"
          aria-label="Serverless Explorer home"
        >
          <Logo />
          {/* On a phone the logo alone names the app, so the four sections fit beside it. */}
          <span className="hidden sm:inline">Serverless Explorer</span>
        </NavLink>
        <nav aria-label="Main" className="flex min-w-0 items-center gap-1 overflow-x-auto">
          <NavLink to="/" end className={linkClass}>
            Explore
          </NavLink>
          <NavLink to="/learn" className={linkClass}>
            Learn
          </NavLink>
          <NavLink to="/lessons" className={linkClass}>
            Lessons
          </NavLink>
          <NavLink to="/quiz" className={linkClass}>
            Quiz
          </NavLink>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <SearchButton />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="min-h-0 flex-1 focus:outline-none">
        <PanelBoundary name="page">
          <Outlet />
        </PanelBoundary>
      </main>
      <Notices />
    </div>
  );
}
