import { Link } from '../../ui/router/index.ts';
import { findConcept } from '../../ui/learn-content/concept-index.ts';

/** Cards for the related pages named in the frontmatter (unknown slugs are skipped). */
export function RelatedPages({ slugs }: { slugs: readonly string[] }) {
  const related = slugs.flatMap((slug) => findConcept(slug) ?? []);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10 print:hidden">
      <h2 id="related-heading" className="text-lg font-semibold">
        Related pages
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {related.map((concept) => (
          <li key={concept.slug}>
            <Link
              to={`/learn/${concept.slug}`}
              className="block h-full rounded-lg border border-slate-200 p-3 hover:border-blue-400 hover:bg-blue-50/50 dark:border-slate-800 dark:hover:border-blue-600 dark:hover:bg-slate-900"
            >
              <span className="font-medium text-blue-700 dark:text-blue-400">{concept.title}</span>
              <span className="mt-1 line-clamp-2 block text-sm text-slate-600 dark:text-slate-400">
                {concept.summary}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
