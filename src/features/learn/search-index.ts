/**
 * Full-text search over concept pages and glossary terms (minisearch). Pure: it is given the
 * documents, so it runs in tests; search-data.ts feeds it the real content on first use.
 */
import MiniSearch from 'minisearch';
import type { ConceptSearchDoc } from '../../ui/learn-content/concept-types.ts';
import type { GlossaryEntry } from '../../ui/learn-content/glossary.ts';
import { makeSnippet } from './snippet.ts';

export interface SearchDoc {
  id: string;
  kind: 'page' | 'term';
  title: string;
  summary: string;
  headings: string;
  text: string;
  /** Router path to open. */
  path: string;
}

export interface SearchHit {
  id: string;
  kind: SearchDoc['kind'];
  title: string;
  path: string;
  snippet: string;
  /** The indexed words that matched, for highlighting. */
  terms: string[];
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
  size: number;
}

/**
 * @example
 * const index = buildSearchIndex(pages, glossary);
 * index.search('cold start')[0]?.title; // 'Cold starts'
 */
export function buildSearchIndex(
  pages: readonly ConceptSearchDoc[],
  glossary: readonly GlossaryEntry[],
): SearchIndex {
  const docs: SearchDoc[] = [
    ...pages.map((p) => ({
      id: `page:${p.slug}`,
      kind: 'page' as const,
      title: p.title,
      summary: p.summary,
      headings: p.headings,
      text: p.text,
      path: `/learn/${p.slug}`,
    })),
    ...glossary.map((g) => ({
      id: `term:${g.slug}`,
      kind: 'term' as const,
      title: g.term,
      summary: g.definition,
      headings: '',
      text: '',
      path: `/glossary/${g.slug}`,
    })),
  ];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'headings', 'summary', 'text'],
    searchOptions: {
      boost: { title: 4, headings: 2, summary: 1.5 },
      // Every word must match; the word being typed matches as a prefix; typos are forgiven
      // only in longer words, where they cannot turn into another real word so easily.
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    },
  });
  mini.addAll(docs);
  return {
    size: docs.length,
    search(query, limit = 20) {
      if (query.trim() === '') return [];
      return mini
        .search(query)
        .slice(0, limit)
        .flatMap((result) => {
          const doc = byId.get(String(result.id));
          if (!doc) return [];
          const body = doc.kind === 'term' ? doc.summary : `${doc.summary} ${doc.text}`;
          return [
            {
              id: doc.id,
              kind: doc.kind,
              title: doc.title,
              path: doc.path,
              snippet: makeSnippet(body, result.terms),
              terms: result.terms,
            },
          ];
        });
    },
  };
}
