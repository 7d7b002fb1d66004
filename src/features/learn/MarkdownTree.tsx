import { createElement, memo, type ElementType, type ReactNode } from 'react';
import type { MarkdownNode } from '../../ui/learn-content/concept-types.ts';
import { MARKDOWN_COMPONENTS } from './markdown-elements.tsx';

/**
 * A node of the tree, with its tag's component when it has one. The tree is static, so a
 * child's position is a stable key. Props are used as compiled: the build allowed them.
 */
function renderNode(node: MarkdownNode, index: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  const type: ElementType = MARKDOWN_COMPONENTS[tag] ?? tag;
  return createElement(type, { ...props, key: index }, ...children.map(renderNode));
}

/**
 * A concept page's body, compiled from markdown at build time (scripts/concepts/markdown-tree.ts):
 * no parser here, only React elements. Memoised: the tree never changes, and re-rendering would
 * rebuild every element.
 */
export const MarkdownTree = memo(function MarkdownTree({
  tree,
}: {
  tree: readonly MarkdownNode[];
}) {
  return (
    <div className="text-[1.0625rem] leading-7 text-slate-800 dark:text-slate-200">
      {tree.map(renderNode)}
    </div>
  );
});
