// Checks every concept page (content/concepts/*.md) against content/README.md: valid
// frontmatter, links that resolve, scenarios that exist, a page per node kind, no raw HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../src/domain/catalog/index.ts';
import { compileConcept, parseConcept } from '../../scripts/vite-plugin-concepts.ts';
import { FIGURE_IDS } from '../../src/features/learn/figures/figure-links.ts';

const dir = new URL('.', import.meta.url).pathname;
const examplesDir = join(dir, '../examples');

const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
const pages = files.map((file) => {
  const slug = file.replace(/\.md$/, '');
  const source = readFileSync(join(dir, file), 'utf8');
  return { slug, source, ...parseConcept(source, slug) };
});
const slugs = new Set(pages.map((p) => p.slug));
const glossary = JSON.parse(readFileSync(join(dir, '../glossary.json'), 'utf8')) as {
  slug: string;
  concept?: string;
}[];
const terms = new Set(glossary.map((g) => g.slug));
const examples = new Set(
  readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) =>
        (JSON.parse(readFileSync(join(examplesDir, f), 'utf8')) as { id?: string }).id ??
        f.replace(/\.json$/, ''),
    ),
);

/** The body without code, where link- or tag-like text is only an example. */
function prose(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function linksTo(body: string, prefix: string): string[] {
  const pattern = new RegExp(`\\]\\(#/${prefix}/([^)\\s#]*)`, 'g');
  return [...prose(body).matchAll(pattern)].map((m) => m[1] ?? '');
}

describe.each(pages)('$slug.md', ({ slug, meta: page, markdown, problems }) => {
  it('has valid frontmatter: title, summary, related, dated sources, tryIt', () => {
    expect(problems).toEqual([]);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(page.title.length).toBeGreaterThan(0);
    expect(page.summary.length).toBeGreaterThan(20);
    expect(page.related.length).toBeGreaterThan(0);
    expect(page.sources.length).toBeGreaterThan(0);
    expect(page.tryIt.length).toBeGreaterThan(0);
  });

  it('starts its body with a ## heading, not a # title', () => {
    expect(markdown).toMatch(/^## \S/);
  });

  it('relates to and links to pages that exist', () => {
    const missing = [...page.related, ...linksTo(markdown, 'learn')].filter((s) => !slugs.has(s));
    expect(missing).toEqual([]);
    expect(page.related).not.toContain(slug);
  });

  it('links only to glossary terms that exist', () => {
    expect(linksTo(markdown, 'glossary').filter((t) => !terms.has(t))).toEqual([]);
  });

  it('opens only scenarios that exist (tryIt and #/example/ links)', () => {
    const ids = [...page.tryIt, ...linksTo(markdown, 'example')];
    expect(ids.filter((id) => !examples.has(id))).toEqual([]);
  });

  it('shows only live figures that exist (#/figure/ links)', () => {
    expect(linksTo(markdown, 'figure').filter((id) => !FIGURE_IDS.includes(id))).toEqual([]);
  });

  it('defines every reference-style link it uses', () => {
    const body = prose(markdown);
    const defined = new Set(
      [...body.matchAll(/^\s*\[([^\]^]+)\]:\s+\S+/gm)].map((m) => (m[1] ?? '').toLowerCase()),
    );
    const used = [...body.matchAll(/\]\[([^\]^]+)\]/g)].map((m) => (m[1] ?? '').toLowerCase());
    expect(used.filter((label) => !defined.has(label))).toEqual([]);
  });

  it('compiles to a page with its sections listed under "On this page"', () => {
    const { tree, outline } = compileConcept({ meta: page, markdown, problems });
    expect(tree.length).toBeGreaterThan(0);
    expect(outline.length).toBeGreaterThanOrEqual(2);
    expect(new Set(outline.map((h) => h.id)).size).toBe(outline.length);
  });

  it('contains no raw HTML (it would not be rendered)', () => {
    const tags = prose(markdown).match(/<\/?[a-zA-Z][\w-]*(\s[^<>]*)?\/?>|<!--/g) ?? [];
    expect(tags).toEqual([]);
  });
});

describe('the set of concept pages', () => {
  it('has a page for every node kind in the catalog', () => {
    const missing = Object.values(CATALOG)
      .map((kind) => kind.conceptSlug)
      .filter((s) => !slugs.has(s));
    expect(missing).toEqual([]);
  });

  it('is what the glossary points to', () => {
    const missing = glossary.filter((g) => g.concept && !slugs.has(g.concept)).map((g) => g.slug);
    expect(missing).toEqual([]);
  });
});
