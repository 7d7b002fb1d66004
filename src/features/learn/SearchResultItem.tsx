import { Highlighted } from './Highlighted.tsx';
import type { SearchHit } from './search-index.ts';

/** One option in the results list; the input keeps focus, so this only reacts to the pointer. */
export function SearchResultItem({
  id,
  hit,
  active,
  onChoose,
  onPoint,
}: {
  id: string;
  hit: SearchHit;
  active: boolean;
  onChoose: () => void;
  onPoint: () => void;
}) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onClick={onChoose}
      onMouseMove={onPoint}
      className={`cursor-pointer rounded-lg border px-3 py-2 ${
        active
          ? 'border-blue-500 bg-blue-50 dark:border-blue-500 dark:bg-blue-950/50'
          : 'border-transparent hover:bg-slate-50 dark:hover:bg-slate-800'
      }`}
    >
      <div className="flex items-baseline gap-2">
        <span className="font-semibold">
          <Highlighted text={hit.title} terms={hit.terms} />
        </span>
        <span className="ml-auto shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-400">
          {hit.kind === 'page' ? 'Page' : 'Glossary'}
        </span>
      </div>
      <p className="mt-0.5 text-sm leading-snug text-slate-600 dark:text-slate-400">
        <Highlighted text={hit.snippet} terms={hit.terms} />
      </p>
    </li>
  );
}
