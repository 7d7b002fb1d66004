import type { ReactNode } from 'react';
import { LearnNav } from './LearnNav.tsx';
import './learn-print.css';

/**
 * The scrolling page around every Learn screen: the shell gives a fixed-height slot, so Learn
 * pages scroll inside it (and print outside it, see learn-print.css). `relative` makes it the
 * containing block of absolutely placed descendants (sr-only text, tooltips): otherwise they
 * would sit outside the scroller and make the whole document scroll, header and all.
 */
export function LearnFrame({ children }: { children: ReactNode }) {
  return (
    <div className="learn-print relative h-full overflow-y-auto print:h-auto print:overflow-visible">
      <LearnNav />
      <div className="mx-auto max-w-6xl px-4 pt-8 pb-16 sm:px-6 print:max-w-none print:p-0">
        {children}
      </div>
    </div>
  );
}
