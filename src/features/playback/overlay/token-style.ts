/**
 * What a token looks like, by meaning — the same everywhere (overlay, legend, node cells,
 * charts). Colours are the app's theme colours (src/index.css: --color-cold, -warm, -fail,
 * -retry) and every meaning also has its own shape, so nothing depends on telling colours
 * apart: cold = blue ring, warm = amber disc, throttled = red ×, error = red square,
 * retry = dashed violet outline, anything else = small grey dot.
 */
import { TOKEN_CLASS } from '../../../domain/sim/trace.ts'; // not index.ts: that would bring the engine into the first load

export const COLOR = {
  cold: '#1d6fd8',
  warm: '#d97706',
  fail: '#dc2626',
  retry: '#7c3aed',
  otherLight: '#475569',
  otherDark: '#cbd5e1',
} as const;

export type Shape = 'dot' | 'disc' | 'ring' | 'cross' | 'square';

export interface TokenLook {
  key: string;
  label: string;
  /** For the legend, where space is short; the full label is its tooltip. */
  short: string;
  description: string;
  shape: Shape;
  color: string;
}

/** Looks by token class (TOKEN_CLASS). */
export const LOOK: Record<number, TokenLook> = {
  [TOKEN_CLASS.cold]: {
    key: 'cold',
    label: 'Cold start',
    short: 'Cold',
    description: 'a new environment had to initialise first',
    shape: 'ring',
    color: COLOR.cold,
  },
  [TOKEN_CLASS.warm]: {
    key: 'warm',
    label: 'Warm start',
    short: 'Warm',
    description: 'an idle environment was reused',
    shape: 'disc',
    color: COLOR.warm,
  },
  [TOKEN_CLASS.throttled]: {
    key: 'throttled',
    label: 'Throttled (429)',
    short: 'Throttled 429',
    description: 'refused for lack of concurrency or over a rate limit',
    shape: 'cross',
    color: COLOR.fail,
  },
  [TOKEN_CLASS.error]: {
    key: 'error',
    label: 'Error',
    short: 'Error',
    description: 'the work failed or timed out',
    shape: 'square',
    color: COLOR.fail,
  },
  [TOKEN_CLASS.normal]: {
    key: 'other',
    label: 'Request / message',
    short: 'Other',
    description: 'on its way; not a function start',
    shape: 'dot',
    color: COLOR.otherLight,
  },
};

export const RETRY_LOOK = {
  key: 'retry',
  label: 'Retry',
  description: 'a repeated delivery (dashed outline)',
  color: COLOR.retry,
} as const;

/** Legend order: the four meanings first, then the plain tokens. */
export const LEGEND_CLASSES = [
  TOKEN_CLASS.cold,
  TOKEN_CLASS.warm,
  TOKEN_CLASS.throttled,
  TOKEN_CLASS.error,
  TOKEN_CLASS.normal,
] as const;
