import { useId, useState, type ReactNode } from 'react';
import { Link } from '../router/index.ts';
import { useGlossaryEntry } from './glossary.ts';

/**
 * A glossary term: a link to its entry that shows the short definition on hover and on keyboard
 * focus (an ARIA tooltip, tied to the link with aria-describedby; Escape hides it).
 * Usable anywhere in the app, e.g. the editor: the glossary is fetched on first use.
 *
 * @example
 * <GlossaryTerm slug="cold-start">cold starts</GlossaryTerm>
 */
export function GlossaryTerm({ slug, children }: { slug: string; children?: ReactNode }) {
  const entry = useGlossaryEntry(slug);
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      className="relative"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <Link
        to={`/glossary/${slug}`}
        aria-describedby={entry ? tooltipId : undefined}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          event.stopPropagation(); // close the tooltip, not a surrounding dialog
          setOpen(false);
        }}
        className="text-inherit underline decoration-blue-600 decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid dark:decoration-blue-400"
      >
        {children ?? entry?.term ?? slug}
      </Link>
      {entry && (
        // pt-1 instead of a margin: the pointer can move onto the tooltip without it closing.
        <span
          role="tooltip"
          id={tooltipId}
          hidden={!open}
          className="absolute top-full left-0 z-30 w-72 max-w-[80vw] pt-1 print:hidden"
        >
          <span className="block rounded-md bg-slate-900 px-3 py-2 text-sm leading-snug font-normal text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
            {entry.definition}
          </span>
        </span>
      )}
    </span>
  );
}
