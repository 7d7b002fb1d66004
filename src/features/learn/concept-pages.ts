/**
 * Full concept pages, one chunk per page, fetched when a page is opened. Promises are cached
 * so React's `use()` sees the same promise on every render and a page is fetched once.
 */
import type { ConceptPage } from '../../ui/learn-content/concept-types.ts';

const loaders = import.meta.glob<ConceptPage>('../../../content/concepts/*.md', {
  import: 'default',
});

const bySlug = new Map(
  Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\/|\.md$/g, ''), load]),
);
const cache = new Map<string, Promise<ConceptPage | null>>();

/**
 * The page for a slug, or null when there is no such page.
 *
 * @example
 * const page = use(loadConceptPage('cold-starts'));
 */
export function loadConceptPage(slug: string): Promise<ConceptPage | null> {
  let promise = cache.get(slug);
  if (!promise) {
    const load = bySlug.get(slug);
    promise = load ? load() : Promise.resolve(null);
    // A failed fetch (e.g. offline after a deploy) may be retried on the next visit.
    promise.catch(() => cache.delete(slug));
    cache.set(slug, promise);
  }
  return promise;
}
