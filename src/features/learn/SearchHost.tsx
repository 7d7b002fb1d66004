import { lazy, Suspense, useCallback, useState } from 'react';
import { Dialog } from '../../ui/Dialog.tsx';
import { useSearchUi } from './search-store.ts';
import { useSearchShortcut } from './use-search-shortcut.ts';

// The dialog, minisearch and the index data are fetched the first time search opens.
const SearchDialog = lazy(() =>
  import('./SearchDialog.tsx').then((module) => ({ default: module.SearchDialog })),
);

/** The keyboard shortcut and, once search has been opened, the search dialog. */
export function SearchHost() {
  const open = useSearchUi((s) => s.open);
  const setOpen = useSearchUi((s) => s.setOpen);
  const [wanted, setWanted] = useState(false);
  if (open && !wanted) setWanted(true); // stays mounted after closing, keeping the last query
  const close = useCallback(() => setOpen(false), [setOpen]);
  useSearchShortcut(useCallback(() => setOpen(true), [setOpen]));
  if (!wanted) return null;
  return (
    <Suspense
      fallback={
        <Dialog open={open} onClose={close} title="Search">
          <p role="status">Loading search…</p>
        </Dialog>
      }
    >
      <SearchDialog open={open} onClose={close} />
    </Suspense>
  );
}
