import { highlightParts } from './snippet.ts';

/** Text with its matched words in <mark>: React elements, never an HTML string. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40"
          >
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
