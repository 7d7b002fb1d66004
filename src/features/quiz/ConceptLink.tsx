import { Link } from '../../ui/router/index.ts';
import { findConcept } from '../../ui/learn-content/concept-index.ts';
import { LINK } from './styles.ts';

/** "Read more: <page title>" to the concept page a question belongs to. */
export function ConceptLink({ slug }: { slug: string }) {
  const title = findConcept(slug)?.title ?? slug;
  return (
    <Link to={`/learn/${slug}`} className={LINK}>
      Read more: {title}
    </Link>
  );
}
