import { useEffect, useState } from 'react';
import type { SearchIndex } from './search-index.ts';
import { loadSearchIndex } from './search-data.ts';

type IndexState = { index: SearchIndex | null; error: string | null };

/** The search index once built; an error message if it could not be loaded (e.g. offline). */
export function useSearchIndex(): IndexState {
  const [state, setState] = useState<IndexState>({ index: null, error: null });
  useEffect(() => {
    let live = true;
    loadSearchIndex().then(
      (index) => live && setState({ index, error: null }),
      () =>
        live &&
        setState({
          index: null,
          error: 'Search could not be loaded. Check your connection and try again.',
        }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
