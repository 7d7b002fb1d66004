import { useEffect, useId } from 'react';
import { SearchHost } from './SearchHost.tsx';
import { useSearchUi } from './search-store.ts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Opens full-text search over the concept pages and the glossary. Place it anywhere (the app
 * header, the Learn bar); the first one mounted also brings the "/" and Ctrl/⌘+K shortcuts.
 * Cheap to render: the search code and its data load only when search is first opened.
 */
export function SearchButton() {
  const id = useId();
  const isHost = useSearchUi((s) => s.hosts[0] === id);
  const setOpen = useSearchUi((s) => s.setOpen);
  useEffect(() => {
    useSearchUi.getState().addHost(id);
    return () => useSearchUi.getState().removeHost(id);
  }, [id]);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts={isMac ? '/ Meta+K' : '/ Control+K'}
        title={`Search pages and glossary (/ or ${isMac ? '⌘' : 'Ctrl'}+K)`}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        <svg
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          aria-hidden="true"
        >
          <path d="M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm5-2 4 4" strokeLinecap="round" />
        </svg>
        {/* On a phone the icon alone shows; the name stays for screen readers. */}
        <span className="max-sm:sr-only">Search</span>
        <kbd
          aria-hidden="true"
          className="rounded max-sm:hidden border border-slate-300 px-1 font-mono text-xs text-slate-600 dark:text-slate-400 dark:border-slate-600"
        >
          /
        </kbd>
      </button>
      {isHost && <SearchHost />}
    </>
  );
}
