import { Link } from '../../ui/router/index.ts';
import { findConcept } from '../../ui/learn-content/concept-index.ts';
import type { GlossaryEntry } from '../../ui/learn-content/glossary.ts';
import { LINK } from './styles.ts';

/** One term on the glossary page; `current` marks the term the URL points at. */
export function GlossaryEntryItem({ entry, current }: { entry: GlossaryEntry; current: boolean }) {
  const concept = entry.concept ? findConcept(entry.concept) : undefined;
  return (
    <div
      id={entry.slug}
      tabIndex={-1}
      className={`scroll-mt-20 rounded-lg px-4 py-3 outline-none ${
        current ? 'bg-amber-50 ring-2 ring-amber-400 dark:bg-amber-950/40 dark:ring-amber-600' : ''
      }`}
    >
      <dt className="text-lg font-semibold">{entry.term}</dt>
      <dd className="mt-1 leading-relaxed text-slate-700 dark:text-slate-300">
        {entry.definition}
        {concept && (
          <>
            {' '}
            <Link to={`/learn/${concept.slug}`} className={LINK}>
              Read more: {concept.title}
            </Link>
          </>
        )}
      </dd>
    </div>
  );
}
