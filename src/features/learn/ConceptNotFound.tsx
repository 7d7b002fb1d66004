import { ConceptList } from './ConceptList.tsx';
import { CONCEPT_SECTIONS } from './concept-sections.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

/** An unknown `#/learn/<slug>`: say so kindly and offer every page instead. */
export function ConceptNotFound({ slug }: { slug: string }) {
  useDocumentTitle('Page not found');
  return (
    <>
      <div role="alert" className="max-w-[70ch]">
        <h1 className="text-3xl font-bold tracking-tight">
          There is no page called “{slug.slice(0, 60)}”
        </h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          The link may be old or mistyped. Here is every page we have — or press{' '}
          <kbd className="rounded border border-slate-300 px-1 font-mono text-sm dark:border-slate-600">
            /
          </kbd>{' '}
          to search.
        </p>
      </div>
      <div className="mt-10">
        <ConceptList sections={CONCEPT_SECTIONS} />
      </div>
    </>
  );
}
