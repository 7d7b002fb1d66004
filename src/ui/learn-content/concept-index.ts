/**
 * Titles, summaries, related pages and sources of every concept page, without the bodies.
 * The glob is eager, but only lazily loaded Learn code imports this module, so the metadata
 * lands in a Learn chunk and never in the Explorer's first load.
 */
import type { ConceptMeta } from './concept-types.ts';
import { compareText } from '../../domain/format/order.ts';

const modules = import.meta.glob<ConceptMeta>('../../../content/concepts/*.md', {
  query: '?meta',
  import: 'default',
  eager: true,
});

/** Every concept page, A–Z by title. */
export const CONCEPTS: readonly ConceptMeta[] = Object.values(modules).sort((a, b) =>
  compareText(a.title, b.title),
);

const bySlug = new Map(CONCEPTS.map((concept) => [concept.slug, concept]));

/**
 * A concept's metadata by slug, or undefined.
 *
 * @example
 * findConcept('cold-starts')?.title; // 'Cold starts'
 */
export function findConcept(slug: string): ConceptMeta | undefined {
  return bySlug.get(slug);
}
