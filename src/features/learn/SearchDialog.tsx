import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from '../../ui/router/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SearchResultItem } from './SearchResultItem.tsx';
import { useSearchIndex } from './use-search-index.ts';
import type { SearchHit } from './search-index.ts';

/**
 * Search as a combobox: focus stays in the input, arrows move through the results, Enter opens
 * one, Escape closes (the native dialog's cancel).
 */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { index, error } = useSearchIndex();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => index?.search(query) ?? [], [index, query]);
  const navigate = useNavigate();
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(hit.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1;
    if (event.key === 'ArrowDown') setActive((a) => (a >= last ? 0 : a + 1));
    else if (event.key === 'ArrowUp') setActive((a) => (a <= 0 ? Math.max(last, 0) : a - 1));
    else if (event.key === 'Enter') choose(hits[active]);
    else return;
    event.preventDefault();
  };

  const status = error
    ? error
    : !index
      ? 'Loading the search index…'
      : query.trim() === ''
        ? `Search ${index.size} pages and glossary terms.`
        : hits.length === 0
          ? `Nothing matches “${query.trim()}”.`
          : `${hits.length} result${hits.length === 1 ? '' : 's'}. Use the arrow keys and Enter.`;

  return (
    <Dialog open={open} onClose={onClose} title="Search" wide>
      <input
        // The real attribute (not React's autoFocus): showModal() focuses it instead of Close.
        ref={(input) => input?.setAttribute('autofocus', '')}
        type="search"
        role="combobox"
        aria-label="Search pages and glossary"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder="cold start, SQS, GB-second…"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-950"
      />
      <p role="status" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="mt-2 flex flex-col gap-1"
      >
        {hits.map((hit, i) => (
          <SearchResultItem
            key={hit.id}
            id={optionId(i)}
            hit={hit}
            active={i === active}
            onChoose={() => choose(hit)}
            onPoint={() => setActive(i)}
          />
        ))}
      </ul>
    </Dialog>
  );
}
