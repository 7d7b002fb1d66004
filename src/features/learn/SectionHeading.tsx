import type { ReactNode } from 'react';
import { InPageLink } from './InPageLink.tsx';
import { nodeText } from './node-text.ts';

const LEVEL_CLASS = {
  2: 'mt-12 mb-3 text-2xl font-semibold tracking-tight',
  3: 'mt-8 mb-2 text-xl font-semibold',
  4: 'mt-6 mb-2 text-lg font-semibold',
} as const;

/**
 * A markdown heading with its id (given by rehypeHeadingIds) and a "#" link that points at it,
 * visible on hover and focus. tabIndex −1 lets the page move focus to the section it scrolls to.
 */
export function SectionHeading({
  level,
  id,
  children,
}: {
  level: 2 | 3 | 4;
  id?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  // remark-gfm's footnote section heading: a small label, not a section of the page.
  if (id === 'footnote-label') {
    return (
      <Tag
        id={id}
        className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        Notes
      </Tag>
    );
  }
  return (
    <Tag id={id} tabIndex={-1} className={`group scroll-mt-20 outline-none ${LEVEL_CLASS[level]}`}>
      {children}
      {id && (
        <InPageLink
          targetId={id}
          data-heading-anchor=""
          aria-label={`Link to the section “${nodeText(children)}”`}
          className="ml-2 font-normal text-slate-400 no-underline opacity-0 group-hover:opacity-100 hover:text-blue-700 focus-visible:opacity-100 dark:hover:text-blue-400 print:hidden"
        >
          #
        </InPageLink>
      )}
    </Tag>
  );
}
