import { use } from 'react';
import { useParams } from '../../ui/router/index.ts';
import { ConceptNotFound } from './ConceptNotFound.tsx';
import { ConceptView } from './ConceptView.tsx';
import { loadConceptPage } from './concept-pages.ts';
import { loadGlossary } from '../../ui/learn-content/glossary.ts';
import { LearnFrame } from './LearnFrame.tsx';

/**
 * `#/learn/<slug>`. Suspends until the page and the glossary are fetched, so glossary terms can
 * describe themselves from the first render. Keyed by slug: a new page starts at the top.
 */
export function ConceptRoute() {
  const slug = useParams().slug ?? '';
  const page = use(loadConceptPage(slug));
  use(loadGlossary());
  return (
    <LearnFrame key={slug}>
      {page ? <ConceptView page={page} /> : <ConceptNotFound slug={slug} />}
    </LearnFrame>
  );
}
