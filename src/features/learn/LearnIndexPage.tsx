import { Link } from '../../ui/router/index.ts';
import { ConceptList } from './ConceptList.tsx';
import { CONCEPT_SECTIONS } from './concept-sections.ts';
import { CONCEPTS } from '../../ui/learn-content/concept-index.ts';
import { LearnFrame } from './LearnFrame.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { LINK } from './styles.ts';

/** `#/learn`: every concept page, grouped as a course, with summaries. */
export function LearnIndexPage() {
  useDocumentTitle('Learn');
  return (
    <LearnFrame>
      <header className="max-w-[70ch]">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Learn serverless</h1>
        <p className="mt-3 text-lg leading-relaxed text-slate-700 dark:text-slate-300">
          {CONCEPTS.length} short pages, from what serverless is to when it gets expensive. Each
          page links to a scenario you can run in the Explorer, and cites its sources. Look up a
          word in the{' '}
          <Link to="/glossary" className={LINK}>
            glossary
          </Link>{' '}
          or test yourself with the{' '}
          <Link to="/quiz" className={LINK}>
            practice questions
          </Link>
          .
        </p>
      </header>
      <div className="mt-10">
        <ConceptList sections={CONCEPT_SECTIONS} />
      </div>
    </LearnFrame>
  );
}
