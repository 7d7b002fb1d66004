/**
 * How each markdown element looks in a concept page. These are one-line styled wrappers, kept
 * together in one map rather than one file each; MarkdownTree renders a tag with its component,
 * or as the plain element when it has none.
 */
import type { ComponentProps, ComponentType } from 'react';
import type { MarkdownTag } from '../../ui/learn-content/concept-types.ts';
import { MarkdownLink } from './MarkdownLink.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** A component per compiled tag, given that element's props (see MarkdownTree). */
export type MarkdownComponents = { [Tag in MarkdownTag]?: ComponentType<ComponentProps<Tag>> };

export const MARKDOWN_COMPONENTS: MarkdownComponents = {
  a: MarkdownLink,
  // The page title is the frontmatter's h1; a stray "#" heading in the body becomes an h2.
  h1: ({ id, children }) => (
    <SectionHeading level={2} id={id}>
      {children}
    </SectionHeading>
  ),
  h2: ({ id, children }) => (
    <SectionHeading level={2} id={id}>
      {children}
    </SectionHeading>
  ),
  h3: ({ id, children }) => (
    <SectionHeading level={3} id={id}>
      {children}
    </SectionHeading>
  ),
  h4: ({ id, children }) => (
    <SectionHeading level={4} id={id}>
      {children}
    </SectionHeading>
  ),
  p: (props) => <p {...props} className="my-4" />,
  ul: (props) => <ul {...props} className="my-4 list-disc space-y-1.5 pl-6" />,
  ol: (props) => <ol {...props} className="my-4 list-decimal space-y-1.5 pl-6" />,
  li: (props) => <li {...props} className="pl-1 marker:text-slate-400" />,
  blockquote: (props) => (
    <blockquote
      {...props}
      className="my-6 border-l-4 border-blue-300 bg-blue-50/60 py-1 pr-3 pl-4 text-slate-700 dark:border-blue-700 dark:bg-blue-950/40 dark:text-slate-300"
    />
  ),
  hr: () => <hr className="my-10 border-slate-200 dark:border-slate-800" />,
  strong: (props) => <strong {...props} className="font-semibold" />,
  pre: (props) => (
    <pre
      {...props}
      className="my-6 overflow-x-auto rounded-lg border border-slate-800 bg-slate-900 p-4 text-sm leading-relaxed text-slate-100 dark:border-slate-700 dark:bg-slate-900 [&_code]:border-0 [&_code]:bg-transparent [&_code]:p-0 [&_code]:text-inherit print:border-slate-400 print:bg-transparent print:whitespace-pre-wrap print:text-black"
    />
  ),
  code: (props) => (
    <code
      {...props}
      className={`rounded border border-slate-200 bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-800 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200 ${props.className ?? ''}`}
    />
  ),
  table: (props) => (
    <div className="my-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table {...props} className="w-full border-collapse text-left text-sm leading-normal" />
    </div>
  ),
  thead: (props) => <thead {...props} className="bg-slate-50 dark:bg-slate-900" />,
  th: (props) => (
    <th
      {...props}
      className="border-b border-slate-200 px-3 py-2 align-bottom font-semibold dark:border-slate-700"
    />
  ),
  td: (props) => (
    <td
      {...props}
      className="border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800"
    />
  ),
  img: ({ alt, ...props }) => (
    <img {...props} alt={alt ?? ''} loading="lazy" className="my-6 max-w-full rounded-lg" />
  ),
  section: (props) => (
    // The only section remark-gfm makes is the footnotes list.
    <section
      {...props}
      className="mt-12 border-t border-slate-200 pt-4 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300 [&_ol]:my-2"
    />
  ),
  sup: (props) => <sup {...props} className="ml-0.5 text-xs" />,
};
