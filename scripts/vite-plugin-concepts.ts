/**
 * Concept pages (content/concepts/*.md) become JavaScript modules at build time, so the browser
 * ships no YAML or markdown parser and parses neither:
 *
 *   import page from '…/cold-starts.md';          // ConceptPage: frontmatter + compiled body
 *   import meta from '…/cold-starts.md?meta';     // ConceptMeta: no body (lists, related links)
 *   import doc from '…/cold-starts.md?search';    // ConceptSearchDoc: plain text for the index
 *
 * `parseConcept` is also what content/concepts/concepts.test.ts checks, so the build and the
 * test agree on what a valid page is. The build only warns: a page being written must not break
 * everybody's dev server; the test is the gate.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Plugin } from 'vite';
import type {
  ConceptMeta,
  ConceptPage,
  ConceptSearchDoc,
  ConceptSource,
} from '../src/ui/learn-content/concept-types.ts';
import { compileMarkdown, outlineOf } from './concepts/markdown-tree.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const CONCEPT_FILE = /[\\/]content[\\/]concepts[\\/]([a-z0-9-]+)\.md(?:\?(meta|search))?$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function slugList(value: unknown, field: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && SLUG.test(v))) {
    problems.push(`${field} must be a list of slugs`);
    return [];
  }
  return value as string[];
}

function sourceList(value: unknown, problems: string[]): ConceptSource[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push('sources must be a non-empty list');
    return [];
  }
  return value.map((raw: unknown, i) => {
    const s = (raw ?? {}) as Record<string, unknown>;
    // An unquoted `date: 2025` arrives as a number; keep what the author wrote.
    const date = typeof s.date === 'number' ? String(s.date) : text(s.date);
    const source = { title: text(s.title), url: text(s.url), date };
    if (!source.title) problems.push(`sources[${i}] has no title`);
    if (!/^https?:\/\/\S+$/.test(source.url)) problems.push(`sources[${i}] has no http(s) url`);
    if (!DATE.test(date)) problems.push(`sources[${i}] date must be YYYY, YYYY-MM or YYYY-MM-DD`);
    return source;
  });
}

/** A concept file read: its frontmatter checked, its body still markdown. */
export interface ParsedConcept {
  meta: ConceptMeta;
  /** GitHub-flavoured markdown, frontmatter removed. */
  markdown: string;
  problems: string[];
}

/**
 * Reads one concept file. Never throws: problems are listed and the page gets fallbacks.
 *
 * @example
 * parseConcept('---\ntitle: X\n…\n---\n## Hello', 'x').markdown; // '## Hello'
 */
export function parseConcept(source: string, slug: string): ParsedConcept {
  const problems: string[] = [];
  const match = FRONTMATTER.exec(source);
  let data: Record<string, unknown> = {};
  if (!match) problems.push('no frontmatter block (--- … ---) at the top');
  else {
    try {
      const parsed: unknown = parseYaml(match[1] ?? '');
      if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
      else problems.push('frontmatter is not a mapping');
    } catch (error) {
      problems.push(`frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const title = text(data.title);
  const summary = text(data.summary);
  if (!title) problems.push('title is missing');
  if (!summary) problems.push('summary is missing');
  const meta: ConceptMeta = {
    slug,
    title: title || slug,
    summary,
    related: slugList(data.related, 'related', problems),
    sources: sourceList(data.sources, problems),
    tryIt: slugList(data.tryIt, 'tryIt', problems),
  };
  const markdown = match ? source.slice(match[0].length).trim() : source.trim();
  return { meta, markdown, problems };
}

/** The full page module: frontmatter, the body compiled, and its sections. */
export function compileConcept({ meta, markdown }: ParsedConcept): ConceptPage {
  const tree = compileMarkdown(markdown);
  return { ...meta, tree, outline: outlineOf(tree) };
}

/**
 * Markdown to plain text for the search index: links keep their text, syntax goes away.
 * Good enough for matching and snippets; it is not a markdown parser.
 */
export function markdownToText(markdown: string): string {
  return (
    markdown
      .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/gm, '') // reference definitions
      .replace(/^\s*\|?[\s:|-]+\|?\s*$/gm, '') // table separator rows
      .replace(/^```.*$/gm, '')
      // A heading ends a sentence, so snippets do not run it into the next paragraph.
      .replace(/^\s{0,3}#{1,6}\s+(.+?)\s*$/gm, (_m, heading: string) =>
        /[.?!:]$/.test(heading) ? heading : `${heading}.`,
      )
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
      .replace(/(\*\*|__|\*|`|~~)/g, '')
      .replace(/\s*\|\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The `##` and `###` headings, as text, for a search boost. */
export function headingsOf(markdown: string): string {
  return [...markdown.matchAll(/^#{2,3}\s+(.+)$/gm)]
    .map((m) => markdownToText(m[1] ?? ''))
    .join(' · ');
}

function moduleFor(parsed: ParsedConcept, variant: string | undefined): unknown {
  const { meta, markdown } = parsed;
  if (variant === 'meta') return meta;
  if (variant === 'search') {
    const doc: ConceptSearchDoc = {
      slug: meta.slug,
      title: meta.title,
      summary: meta.summary,
      headings: headingsOf(markdown),
      text: markdownToText(markdown),
    };
    return doc;
  }
  return compileConcept(parsed);
}

/** The Vite plugin: loads concept markdown files as modules (see the top of this file). */
export function conceptPages(): Plugin {
  return {
    name: 'serverless-explorer:concept-pages',
    enforce: 'pre',
    async load(id) {
      const match = CONCEPT_FILE.exec(id);
      if (!match) return null;
      const file = id.replace(/\?.*$/, '');
      const slug = match[1] ?? basename(file, '.md');
      const parsed = parseConcept(await readFile(file, 'utf8'), slug);
      for (const problem of parsed.problems) this.warn(`${slug}.md: ${problem}`);
      return {
        code: `export default ${JSON.stringify(moduleFor(parsed, match[2]))};`,
        moduleType: 'js',
      };
    },
  };
}
