import { memo } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from './heading-ids.ts';
import { MARKDOWN_COMPONENTS } from './markdown-elements.tsx';

const REMARK_PLUGINS = [remarkGfm];
const REHYPE_PLUGINS = [rehypeHeadingIds];

/**
 * A concept page's markdown. Raw HTML in the source is dropped (skipHtml, and no raw-HTML plugin):
 * content is data, never markup. Memoised: re-rendering would rebuild the whole tree.
 */
export const MarkdownBody = memo(function MarkdownBody({ markdown }: { markdown: string }) {
  return (
    <div className="text-[1.0625rem] leading-7 text-slate-800 dark:text-slate-200">
      <Markdown
        remarkPlugins={REMARK_PLUGINS}
        rehypePlugins={REHYPE_PLUGINS}
        components={MARKDOWN_COMPONENTS}
        skipHtml
      >
        {markdown}
      </Markdown>
    </div>
  );
});
