import { use } from 'react';
import { useParams } from '../../ui/router/index.ts';
import { loadGlossary, type GlossaryEntry } from '../../ui/learn-content/glossary.ts';
import { GlossaryEntryItem } from './GlossaryEntryItem.tsx';
import { InPageLink } from './InPageLink.tsx';
import { LearnFrame } from './LearnFrame.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useScrollToHash } from './use-scroll-to-hash.ts';
import { compareText } from '../../domain/format/order.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

function byLetter(entries: readonly GlossaryEntry[]) {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const first = entry.term.charAt(0).toUpperCase();
    const letter = LETTERS.includes(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups].sort(([a], [b]) => compareText(a, b));
}

/** `#/glossary` and `#/glossary/<slug>` (scrolled to and highlighting that term), A–Z. */
export function GlossaryPage() {
  const slug = useParams().slug;
  const entries = use(loadGlossary());
  const groups = byLetter(entries);
  const present = new Set(groups.map(([letter]) => letter));
  useDocumentTitle('Glossary');
  useScrollToHash(slug);
  return (
    <LearnFrame>
      <div className="max-w-[70ch]">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Glossary</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          {entries.length} terms used across the Explorer and the concept pages, each with a link to
          the page that explains it further.
        </p>
        {slug && !entries.some((entry) => entry.slug === slug) && (
          <p role="alert" className="mt-4 rounded-lg bg-amber-50 p-3 dark:bg-amber-950/40">
            There is no term “{slug.slice(0, 60)}” in the glossary; here are all of them.
          </p>
        )}
        <nav aria-label="Letters" className="mt-6 flex flex-wrap gap-1 print:hidden">
          {LETTERS.map((letter) =>
            present.has(letter) ? (
              <InPageLink
                key={letter}
                targetId={`letter-${letter}`}
                className="w-8 rounded-md border border-slate-200 py-1 text-center text-sm font-semibold text-blue-700 hover:bg-blue-50 dark:border-slate-700 dark:text-blue-400 dark:hover:bg-slate-800"
              >
                {letter}
              </InPageLink>
            ) : (
              <span
                key={letter}
                aria-hidden="true"
                className="w-8 py-1 text-center text-sm text-slate-300 dark:text-slate-700"
              >
                {letter}
              </span>
            ),
          )}
        </nav>
        {groups.map(([letter, group]) => (
          <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-8">
            <h2
              id={`letter-${letter}`}
              tabIndex={-1}
              className="scroll-mt-20 border-b border-slate-200 pb-1 text-2xl font-bold outline-none dark:border-slate-800"
            >
              {letter}
            </h2>
            <dl className="mt-2 flex flex-col gap-1">
              {group.map((entry) => (
                <GlossaryEntryItem key={entry.slug} entry={entry} current={entry.slug === slug} />
              ))}
            </dl>
          </section>
        ))}
      </div>
    </LearnFrame>
  );
}
