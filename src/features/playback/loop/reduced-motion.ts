/**
 * prefers-reduced-motion: with it, no token travels; the same information is given as a text
 * log and node counters that change in steps.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
let query: MediaQueryList | null | undefined;

function mediaQuery(): MediaQueryList | null {
  if (query === undefined) {
    query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
  }
  return query;
}

export function prefersReducedMotion(): boolean {
  return mediaQuery()?.matches ?? false;
}

function subscribe(onChange: () => void): () => void {
  const q = mediaQuery();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
