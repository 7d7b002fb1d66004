import { NavLink } from '../../ui/router/index.ts';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-2.5 py-1 text-sm whitespace-nowrap ${
    isActive
      ? 'bg-slate-200 font-semibold text-slate-900 dark:bg-slate-800 dark:text-white'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
  }`;

/** Learn's own navigation: the concept pages, the glossary, practice questions and search. */
export function LearnNav() {
  return (
    <div className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95 print:hidden">
      <div className="mx-auto flex max-w-6xl items-center gap-1 px-2 py-2 sm:px-6">
        <nav
          aria-label="Learn"
          className="flex min-w-0 items-center gap-0.5 overflow-x-auto sm:gap-1"
        >
          <NavLink to="/learn" className={linkClass}>
            Concepts
          </NavLink>
          <NavLink to="/glossary" className={linkClass}>
            Glossary
          </NavLink>
          <NavLink to="/quiz" className={linkClass}>
            Practice questions
          </NavLink>
        </nav>
      </div>
    </div>
  );
}
