import type { ConceptHeading } from '../../ui/learn-content/concept-types.ts';
import { InPageLink } from './InPageLink.tsx';

/**
 * The page's `##` sections. The list is made at build time from the same tree that gives the
 * headings their ids (scripts/concepts/markdown-tree.ts), so links and ids always match, and it
 * is there on first paint instead of after reading the rendered page.
 */
export function OnThisPage({ headings }: { headings: readonly ConceptHeading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <h2 className="font-semibold">On this page</h2>
      <ul className="mt-2 space-y-1.5 border-l border-slate-200 dark:border-slate-800">
        {headings.map((heading) => (
          <li key={heading.id}>
            <InPageLink
              targetId={heading.id}
              className="-ml-px block border-l-2 border-transparent pl-3 text-slate-600 hover:border-blue-500 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
            >
              {heading.text}
            </InPageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
