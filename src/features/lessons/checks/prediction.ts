/**
 * Predict, then reveal: the learner's guess (an option's index, or a number) compared with what
 * the run measured, in one sentence — "You guessed “a few”; it was 38 % of invocations."
 */
import type { Prediction } from '../../../domain/lessons/lesson-schema.ts';
import { formatNumber } from './format.ts';
import { METRICS } from './metrics.ts';

/** A number guess within a quarter of the measured value counts as right. */
const CLOSE_ENOUGH = 0.25;

export function guessLabel(prediction: Prediction, guess: number): string {
  if (prediction.type === 'choice') return prediction.options[guess]?.label ?? '—';
  return `${formatNumber(guess)}${prediction.unit ? ` ${prediction.unit}` : ''}`;
}

/** The option whose range [min, max) holds the value, if any. */
export function matchingOption(prediction: Prediction & { type: 'choice' }, value: number) {
  return prediction.options.findIndex(
    (o) => (o.min ?? -Infinity) <= value && value < (o.max ?? Infinity),
  );
}

export interface Reveal {
  right: boolean;
  text: string;
}

export function reveal(prediction: Prediction, guess: number, actual: number): Reveal {
  const shown = METRICS[prediction.metric].show(actual);
  const start = `You guessed “${guessLabel(prediction, guess)}”; it was ${shown}.`;
  if (prediction.type === 'choice') {
    const match = matchingOption(prediction, actual);
    const right = match === guess;
    const label = prediction.options[match]?.label;
    const tail = right ? ' Well predicted.' : label ? ` That is “${label}”.` : '';
    return { right, text: start + tail };
  }
  const right = Math.abs(guess - actual) <= CLOSE_ENOUGH * Math.max(Math.abs(actual), 1e-9);
  if (right) return { right, text: `${start} Close — well predicted.` };
  if (guess <= 0) return { right, text: `${start} More than you expected.` };
  if (actual <= 0) return { right, text: `${start} Less than you expected.` };
  const ratio = actual / guess;
  const tail =
    ratio >= 1
      ? ` That is about ${formatNumber(ratio)}× your guess.`
      : ` Your guess was about ${formatNumber(1 / ratio)}× too high.`;
  return { right, text: start + tail };
}
