import { use, useId, useState, type KeyboardEvent } from 'react';
import { Button } from '../../ui/Button.tsx';
import { loadGlossary } from '../../ui/learn-content/glossary.ts';
import { ConceptLink } from './ConceptLink.tsx';
import { shuffle } from './picking.ts';

/**
 * Glossary flashcards. The card is a button, so Space and Enter flip it natively; with the
 * card focused, ← and → move between cards without leaving it.
 */
export function Flashcards() {
  const glossary = use(loadGlossary());
  const [cards, setCards] = useState(glossary);
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const hintId = useId();
  const card = cards[index];
  if (!card) return <p>The glossary is empty.</p>;

  const go = (delta: number) => {
    setIndex((i) => (i + delta + cards.length) % cards.length);
    setFlipped(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') go(1);
    else if (event.key === 'ArrowLeft') go(-1);
    else return;
    event.preventDefault();
  };

  return (
    <section aria-labelledby="cards-title">
      <h1 id="cards-title" className="text-2xl font-bold">
        Glossary flashcards
      </h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Card {index + 1} of {cards.length}
      </p>
      <p id={hintId} className="mt-1 text-sm text-slate-500 dark:text-slate-400">
        Space or Enter flips the card; ← and → move between cards.
      </p>
      <button
        type="button"
        onClick={() => setFlipped((f) => !f)}
        onKeyDown={onKeyDown}
        aria-describedby={hintId}
        className={`mt-4 flex min-h-60 w-full flex-col items-center justify-center rounded-2xl border-2 p-8 text-center shadow-sm ${
          flipped
            ? 'border-blue-300 bg-blue-50 dark:border-blue-800 dark:bg-blue-950/40'
            : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900'
        }`}
      >
        <span className="text-xs font-semibold tracking-wide text-slate-600 dark:text-slate-400 uppercase">
          {flipped ? 'Definition' : 'Term'}
        </span>
        <span
          className={`mt-3 ${flipped ? 'max-w-prose text-lg leading-relaxed' : 'text-3xl font-bold'}`}
        >
          {flipped ? card.definition : card.term}
        </span>
        {!flipped && (
          <span className="mt-4 text-sm text-slate-600 dark:text-slate-400">
            Flip to see the definition
          </span>
        )}
      </button>
      {/* The card's text changes under the focus; say the new side out loud. */}
      <p aria-live="polite" className="sr-only">
        {flipped ? `Definition: ${card.definition}` : ''}
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <Button onClick={() => go(-1)}>← Previous</Button>
        <Button onClick={() => go(1)}>Next →</Button>
        <Button
          variant="ghost"
          onClick={() => {
            setCards(shuffle(glossary));
            setIndex(0);
            setFlipped(false);
          }}
        >
          Shuffle
        </Button>
        {flipped && card.concept && (
          <span className="ml-auto text-sm">
            <ConceptLink slug={card.concept} />
          </span>
        )}
      </div>
    </section>
  );
}
