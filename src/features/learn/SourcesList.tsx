import type { ConceptSource } from '../../ui/learn-content/concept-types.ts';
import { formatDate } from '../../domain/format/dates.ts';
import { LINK } from './styles.ts';

/** The page's sources, with dates: how current a number is matters as much as where it is from. */
export function SourcesList({ sources }: { sources: readonly ConceptSource[] }) {
  if (sources.length === 0) return null;
  return (
    <section
      aria-labelledby="sources-heading"
      className="mt-12 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2 id="sources-heading" className="text-lg font-semibold">
        Sources
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
        {sources.map((source) => (
          <li key={source.url + source.title}>
            <a href={source.url} target="_blank" rel="noopener noreferrer" className={LINK}>
              {source.title}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
            {source.date && (
              <span className="text-slate-500 dark:text-slate-400">
                {' '}
                — <time dateTime={source.date}>{formatDate(source.date)}</time>
              </span>
            )}
            {/* On paper a link is only useful if its address is printed. */}
            <span className="hidden break-all print:block">{source.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
