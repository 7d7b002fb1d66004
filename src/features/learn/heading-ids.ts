/**
 * Heading ids for concept pages, given at build time while the markdown becomes a tree (a rehype
 * plugin run by scripts/concepts/markdown-tree.ts), so the heading components stay plain and
 * repeated headings get distinct ids ("pricing-2"). It lives here because the ids are the page's
 * public anchors (`#/learn/pricing#free-tier`): the page and its links share this rule.
 */

/** The subset of a hast node this plugin reads. */
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/**
 * @example
 * slugify('What happens in a cold start?'); // 'what-happens-in-a-cold-start'
 */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** rehype plugin: gives h2–h4 without an id one made from their text. */
export function rehypeHeadingIds() {
  return (tree: Node) => {
    const used = new Map<string, number>();
    const visit = (node: Node) => {
      if (node.type === 'element' && /^h[2-4]$/.test(node.tagName ?? '')) {
        node.properties ??= {};
        if (typeof node.properties.id !== 'string') {
          const base = slugify(textOf(node));
          const count = (used.get(base) ?? 0) + 1;
          used.set(base, count);
          node.properties.id = count === 1 ? base : `${base}-${count}`;
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
