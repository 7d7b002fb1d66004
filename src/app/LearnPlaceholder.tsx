import { Link, useParams } from 'react-router';
import { CATALOG } from '../domain/catalog/index.ts';

/** Until the Learn pages land: the catalog summary for a node kind's page. */
export function LearnPlaceholder() {
  const { slug } = useParams();
  const kind = Object.values(CATALOG).find((k) => k.conceptSlug === slug);
  return (
    <div className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">{kind ? kind.label : 'Learn'}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        {kind ? kind.summary : 'Concept pages are on their way.'}
      </p>
      <Link to="/" className="mt-6 inline-block text-blue-700 underline dark:text-blue-400">
        Back to the Explorer
      </Link>
    </div>
  );
}
