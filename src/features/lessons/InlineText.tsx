import { parseInline } from './inline-text.ts';

const LINK =
  'font-medium text-blue-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-blue-400';

/** Lesson text with its links and bold words; everything else stays plain text. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((piece, i) =>
        piece.type === 'link' ? (
          <a key={i} href={piece.href} className={LINK}>
            {piece.text}
          </a>
        ) : piece.type === 'bold' ? (
          <strong key={i} className="font-semibold">
            {piece.text}
          </strong>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
