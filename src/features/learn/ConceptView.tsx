import { Link } from '../../ui/router/index.ts';
import type { ConceptPage } from '../../ui/learn-content/concept-types.ts';
import { MarkdownTree } from './MarkdownTree.tsx';
import { OnThisPage } from './OnThisPage.tsx';
import { RelatedPages } from './RelatedPages.tsx';
import { SourcesList } from './SourcesList.tsx';
import { TryItList } from './TryItList.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useScrollToHash } from './use-scroll-to-hash.ts';
import { LINK } from './styles.ts';

/** One concept page: title, summary, body, sources and related pages; try-it and contents aside. */
export function ConceptView({ page }: { page: ConceptPage }) {
  useDocumentTitle(page.title);
  useScrollToHash();
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,70ch)_15rem] lg:justify-between lg:gap-12">
      <article aria-labelledby="concept-title" className="max-w-[70ch] min-w-0">
        <nav aria-label="Breadcrumb" className="mb-3 text-sm print:hidden">
          <Link to="/learn" className={LINK}>
            Learn
          </Link>
          <span aria-hidden="true" className="px-1.5 text-slate-400">
            /
          </span>
          <span aria-current="page" className="text-slate-600 dark:text-slate-400">
            {page.title}
          </span>
        </nav>
        <h1 id="concept-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          {page.title}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-600 dark:text-slate-400">
          {page.summary}
        </p>
        <MarkdownTree tree={page.tree} />
        <SourcesList sources={page.sources} />
        <RelatedPages slugs={page.related} />
      </article>
      <aside aria-label="On this page and scenarios" className="mt-10 lg:mt-0 print:hidden">
        <div className="flex flex-col gap-6 lg:sticky lg:top-16">
          <TryItList ids={page.tryIt} />
          <OnThisPage headings={page.outline} />
        </div>
      </aside>
    </div>
  );
}
