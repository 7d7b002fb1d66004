/**
 * The search index over the real content, built once on first use. This module (with
 * minisearch and every page's plain text) is only reached through a dynamic import.
 */
import type { ConceptSearchDoc } from '../../ui/learn-content/concept-types.ts';
import { loadGlossary } from '../../ui/learn-content/glossary.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const pages = import.meta.glob<ConceptSearchDoc>('../../../content/concepts/*.md', {
  query: '?search',
  import: 'default',
  eager: true,
});

let index: Promise<SearchIndex> | null = null;

export function loadSearchIndex(): Promise<SearchIndex> {
  index ??= loadGlossary().then(
    (glossary) => buildSearchIndex(Object.values(pages), glossary),
    (error: unknown) => {
      index = null; // let the next search try again
      throw error;
    },
  );
  return index;
}
