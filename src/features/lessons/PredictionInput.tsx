import { useId, useState } from 'react';
import type { Prediction } from '../../domain/lessons/lesson-schema.ts';
import { guessLabel } from './checks/prediction.ts';
import { groupDigits } from '../../domain/format/numbers.ts';

const BOX =
  'rounded-md border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950/40';

/**
 * The learner's prediction before a run: one of a few options, or a number. Once a run has
 * revealed the answer the guess is shown, not edited — the point is to commit first.
 */
export function PredictionInput({
  prediction,
  guess,
  locked,
  onGuess,
}: {
  prediction: Prediction;
  guess: number | undefined;
  locked: boolean;
  onGuess: (value: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(guess === undefined ? '' : String(guess));
  if (locked && guess !== undefined) {
    return (
      <p className={BOX}>
        <span className="font-semibold">Your prediction:</span> {guessLabel(prediction, guess)}
      </p>
    );
  }
  if (prediction.type === 'choice') {
    return (
      <div role="radiogroup" aria-labelledby={`${id}-q`} className={BOX}>
        <p id={`${id}-q`} className="mb-1 font-semibold">
          Predict first: {prediction.question}
        </p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {prediction.options.map((option, i) => (
            <label key={option.label} className="flex items-center gap-1.5">
              <input
                type="radio"
                name={id}
                checked={guess === i}
                onChange={() => onGuess(i)}
                className="accent-blue-700"
              />
              {option.label}
            </label>
          ))}
        </div>
      </div>
    );
  }
  const problem = (text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return 'Enter a number.';
    if (n < prediction.min || n > prediction.max)
      return `Between ${groupDigits(prediction.min, 3)} and ${groupDigits(prediction.max, 3)}.`;
    return null;
  };
  const error = draft === '' ? null : problem(draft);
  return (
    <div className={BOX}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        Predict first: {prediction.question}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={prediction.min}
          max={prediction.max}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            if (!problem(e.target.value)) onGuess(Number(e.target.value));
          }}
          className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        />
        <span>{prediction.unit}</span>
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
