/**
 * The shape of a concept page once its markdown file has been read. The Vite plugin
 * (scripts/vite-plugin-concepts.ts) produces these objects at build time, so the browser never
 * parses YAML; the content test checks the same rules.
 */
export interface ConceptSource {
  title: string;
  url: string;
  /** As written: a year, a year-month or a full date ("2025", "2019-08", "2019-09-03"). */
  date: string;
}

/** Everything but the body: enough for lists, related links and link previews. */
export interface ConceptMeta {
  slug: string;
  title: string;
  summary: string;
  related: string[];
  sources: ConceptSource[];
  tryIt: string[];
}

export interface ConceptPage extends ConceptMeta {
  /** GitHub-flavoured markdown, frontmatter removed. */
  body: string;
}

/** What the search index needs: plain text, no markdown syntax. */
export interface ConceptSearchDoc {
  slug: string;
  title: string;
  summary: string;
  headings: string;
  text: string;
}
