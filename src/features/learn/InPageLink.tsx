import type { ComponentProps } from 'react';
import { Link } from '../../ui/router/index.ts';

/**
 * A link to a section or footnote of the current page. A plain `href="#id"` would replace the
 * hash route and leave the page, so it navigates to `#/current/route#id` instead (copyable), and
 * the page's useScrollToHash does the scrolling.
 */
export function InPageLink({
  targetId,
  ...props
}: Omit<ComponentProps<typeof Link>, 'to'> & { targetId: string }) {
  return (
    <Link
      {...props}
      to={{ hash: targetId }}
      replace
      preventScrollReset
      onClick={() => document.getElementById(targetId)?.scrollIntoView({ block: 'start' })}
    />
  );
}
