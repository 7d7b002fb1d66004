import { Link } from '../../ui/router/index.ts';
import type { ConceptSection } from './sections.ts';

/** The concept pages by section, each with its summary: the Learn index and the not-found page. */
export function ConceptList({ sections }: { sections: readonly ConceptSection[] }) {
  return (
    <div className="flex flex-col gap-10">
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`} className="text-xl font-semibold tracking-tight">
            {section.title}
          </h2>
          <p className="mt-1 text-slate-600 dark:text-slate-400">{section.description}</p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {section.concepts.map((concept) => (
              <li key={concept.slug}>
                <Link
                  to={`/learn/${concept.slug}`}
                  className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-xs hover:border-blue-400 hover:shadow-md dark:border-slate-800 dark:bg-slate-900 dark:hover:border-blue-600"
                >
                  <span className="font-semibold text-blue-700 dark:text-blue-400">
                    {concept.title}
                  </span>
                  <span className="mt-1.5 line-clamp-3 text-sm leading-relaxed text-slate-600 dark:text-slate-400">
                    {concept.summary}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
