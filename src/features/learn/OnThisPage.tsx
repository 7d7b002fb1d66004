import { useEffect, useState, type RefObject } from 'react';
import { InPageLink } from './InPageLink.tsx';

interface Entry {
  id: string;
  text: string;
}

/**
 * The page's sections, read from the rendered headings so ids always match what
 * rehypeHeadingIds gave them.
 */
export function OnThisPage({
  articleRef,
  body,
}: {
  articleRef: RefObject<HTMLElement | null>;
  body: string;
}) {
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    const headings = articleRef.current?.querySelectorAll<HTMLHeadingElement>('h2[id][tabindex]');
    setEntries(
      [...(headings ?? [])].map((h) => ({
        id: h.id,
        text: [...h.childNodes]
          .filter((n) => !(n instanceof HTMLElement && n.dataset.headingAnchor !== undefined))
          .map((n) => n.textContent)
          .join('')
          .trim(),
      })),
    );
  }, [articleRef, body]);
  if (entries.length < 2) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <h2 className="font-semibold">On this page</h2>
      <ul className="mt-2 space-y-1.5 border-l border-slate-200 dark:border-slate-800">
        {entries.map((entry) => (
          <li key={entry.id}>
            <InPageLink
              targetId={entry.id}
              className="-ml-px block border-l-2 border-transparent pl-3 text-slate-600 hover:border-blue-500 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
            >
              {entry.text}
            </InPageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
