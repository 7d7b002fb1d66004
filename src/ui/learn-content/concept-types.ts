/**
 * The shape of a concept page once its markdown file has been read. The Vite plugin
 * (scripts/vite-plugin-concepts.ts) produces these objects at build time, so the browser never
 * parses YAML or markdown; the content test checks the same rules.
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

/**
 * A page body, compiled from GitHub-flavoured markdown at build time (scripts/concepts/) so the
 * browser ships no markdown parser. Plain JSON: text is a string, an element is
 * `[tag, props | null, ...children]` with React prop names, only tags and props the compiler
 * allows, and URLs already made safe.
 *
 * @example
 * ['p', null, 'See ', ['a', { href: '#/learn/pricing' }, 'pricing'], '.']
 */
export type MarkdownNode = string | MarkdownElement;
export type MarkdownElement = [
  tag: MarkdownTag,
  props: MarkdownProps | null,
  ...children: MarkdownNode[],
];
export type MarkdownProps = Readonly<Record<string, string | number | boolean | MarkdownStyle>>;
/** Table cells' alignment is the only style the compiler emits. */
export interface MarkdownStyle {
  textAlign: 'left' | 'right' | 'center';
}
/** Every element the compiler emits: what GFM markdown becomes, nothing else. */
export type MarkdownTag =
  | 'a'
  | 'blockquote'
  | 'br'
  | 'code'
  | 'del'
  | 'em'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'hr'
  | 'img'
  | 'input'
  | 'li'
  | 'ol'
  | 'p'
  | 'pre'
  | 'section'
  | 'strong'
  | 'sup'
  | 'table'
  | 'tbody'
  | 'td'
  | 'th'
  | 'thead'
  | 'tr'
  | 'ul';

/** A `##` section of a page, for its "On this page" list. */
export interface ConceptHeading {
  id: string;
  text: string;
}

export interface ConceptPage extends ConceptMeta {
  /** The body (frontmatter removed), compiled. */
  tree: MarkdownNode[];
  /** The `##` headings of the body, in order, with the ids the tree gives them. */
  outline: ConceptHeading[];
}

/** What the search index needs: plain text, no markdown syntax. */
export interface ConceptSearchDoc {
  slug: string;
  title: string;
  summary: string;
  headings: string;
  text: string;
}
