/**
 * The glossary (content/glossary.json), fetched on first use and then shared: a snapshot for
 * components that must not suspend (GlossaryTerm in the editor) and a promise for those that may.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { compareText } from '../../domain/format/order.ts';

export interface GlossaryEntry {
  slug: string;
  term: string;
  definition: string;
  /** The concept page that explains the term further. */
  concept?: string;
}

let entries: readonly GlossaryEntry[] | null = null;
let pending: Promise<readonly GlossaryEntry[]> | null = null;
const listeners = new Set<() => void>();

/** Loads the glossary once, sorted A–Z by term. */
export function loadGlossary(): Promise<readonly GlossaryEntry[]> {
  pending ??= import('../../../content/glossary.json').then(
    (module) => {
      const list = module.default as GlossaryEntry[];
      entries = [...list].sort((a, b) => compareText(a.term, b.term));
      listeners.forEach((listener) => listener());
      return entries;
    },
    (error: unknown) => {
      pending = null; // let a later visit try again
      throw error;
    },
  );
  return pending;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The glossary once loaded (null before); starts loading on first use. */
export function useGlossary(): readonly GlossaryEntry[] | null {
  useEffect(() => {
    loadGlossary().catch(() => undefined); // without a glossary, terms simply show no tooltip
  }, []);
  return useSyncExternalStore(subscribe, () => entries);
}

/** One entry by slug, or undefined (not loaded yet, or unknown). */
export function useGlossaryEntry(slug: string): GlossaryEntry | undefined {
  return useGlossary()?.find((entry) => entry.slug === slug);
}
