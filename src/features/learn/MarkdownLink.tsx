import type { ComponentProps } from 'react';
import { Link } from '../../ui/router/index.ts';
import { GlossaryTerm } from '../../ui/learn-content/GlossaryTerm.tsx';
import { InPageLink } from './InPageLink.tsx';
import { TryItButton } from './TryItButton.tsx';
import { classifyHref, isTryItText } from './links.ts';
import { nodeText } from './node-text.ts';
import { LINK } from './styles.ts';

/** Every link in a concept page: app routes stay in the router, the rest is made safe. */
export function MarkdownLink({ href, children, ...rest }: ComponentProps<'a'>) {
  const target = classifyHref(href);
  switch (target.kind) {
    case 'glossary':
      return <GlossaryTerm slug={target.slug}>{children}</GlossaryTerm>;
    case 'example':
      return isTryItText(nodeText(children)) ? (
        <TryItButton id={target.id}>{children}</TryItButton>
      ) : (
        <Link to={`/example/${target.id}`} className={LINK}>
          {children}
        </Link>
      );
    case 'learn':
      return (
        <Link to={`/learn/${target.slug}${target.hash}`} className={LINK}>
          {children}
        </Link>
      );
    case 'route':
      return (
        <Link to={target.path} className={LINK}>
          {children}
        </Link>
      );
    case 'anchor':
      // Footnote references and back-references keep their ids and ARIA attributes.
      return (
        <InPageLink {...rest} targetId={target.id} className={LINK}>
          {children}
        </InPageLink>
      );
    case 'external':
      return (
        <a {...rest} href={target.href} target="_blank" rel="noopener noreferrer" className={LINK}>
          {children}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      );
    default:
      // An unsafe URL was removed at build time: no href, so no link to follow.
      return (
        <a {...rest} href={target.href || undefined} className={LINK}>
          {children}
        </a>
      );
  }
}
