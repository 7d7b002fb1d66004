/**
 * Concept page markdown, compiled at build time into the JSON tree that
 * src/features/learn/MarkdownTree.tsx renders, so the browser ships no markdown parser and
 * parses nothing on the main thread.
 *
 * Raw HTML is dropped (remark-rehype without allowDangerousHtml): content is data, never markup.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import type { Root } from 'hast';
import { rehypeHeadingIds } from '../../src/features/learn/heading-ids.ts';
import type { ConceptHeading, MarkdownNode } from '../../src/ui/learn-content/concept-types.ts';
import { hastToTree } from './hast-to-tree.ts';

// Frozen on first use and reused: building the parser is most of the cost of a small page.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeHeadingIds);

/**
 * @example
 * compileMarkdown('## Hi\n\nSee [pricing](#/learn/pricing).');
 * // [['h2', { id: 'hi' }, 'Hi'], ['p', null, 'See ', ['a', { href: '#/learn/pricing' }, 'pricing'], '.']]
 */
export function compileMarkdown(markdown: string): MarkdownNode[] {
  const hast = processor.runSync(processor.parse(markdown)) as Root;
  return hastToTree(hast);
}

function textOf(node: MarkdownNode): string {
  if (typeof node === 'string') return node;
  const [, , ...children] = node;
  return children.map(textOf).join('');
}

/**
 * The `##` sections of a compiled page, for "On this page". The footnotes' own h2 is not a
 * section, and an h2 without an id cannot be linked to.
 */
export function outlineOf(tree: readonly MarkdownNode[]): ConceptHeading[] {
  return tree.flatMap((node): ConceptHeading[] => {
    if (typeof node === 'string') return [];
    const [tag, props, ...children] = node;
    const id = props?.id;
    if (tag === 'h2' && typeof id === 'string' && id !== 'footnote-label') {
      return [{ id, text: textOf(node).trim() }];
    }
    return outlineOf(children);
  });
}
