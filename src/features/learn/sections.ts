/**
 * The Learn index reads as a course, not an A–Z list: where to start, the ideas every design
 * depends on, one page per building block (in palette order), then the trade-offs.
 * A page not named here still appears, under "More", so a new page is never lost.
 */
import type { ConceptMeta } from '../../ui/learn-content/concept-types.ts';

export interface ConceptSection {
  id: string;
  title: string;
  description: string;
  concepts: ConceptMeta[];
}

const START_HERE = [
  'what-is-serverless',
  'building-blocks',
  'faas-vs-baas',
  'event-driven-architecture',
];
const CORE = [
  'invocation-models',
  'cold-starts',
  'concurrency-and-throttling',
  'retries-and-dead-letter-queues',
  'limits-and-timeouts',
  'statelessness',
  'pricing',
  'observability',
  'security',
];
const TRADE_OFFS = [
  'serverless-vs-containers',
  'pros-and-cons',
  'use-cases-and-anti-patterns',
  'vendor-lock-in',
  'providers-compared',
];

/**
 * Groups pages into the index's sections, each in reading order; empty sections are left out.
 *
 * @example
 * groupConcepts(CONCEPTS, Object.values(CATALOG).map((k) => k.conceptSlug));
 */
export function groupConcepts(
  concepts: readonly ConceptMeta[],
  nodeKindSlugs: readonly string[],
): ConceptSection[] {
  const bySlug = new Map(concepts.map((c) => [c.slug, c]));
  const placed = new Set<string>();
  const pick = (slugs: readonly string[]) =>
    slugs.flatMap((slug) => {
      const concept = bySlug.get(slug);
      if (!concept || placed.has(slug)) return [];
      placed.add(slug);
      return [concept];
    });
  const sections: ConceptSection[] = [
    {
      id: 'start-here',
      title: 'Start here',
      description: 'What serverless is, its three building blocks, and how they fit together.',
      concepts: pick(START_HERE),
    },
    {
      id: 'core-concepts',
      title: 'Core concepts',
      description: 'How functions are invoked, start, scale, fail, and what they cost.',
      concepts: pick(CORE),
    },
    {
      id: 'building-blocks',
      title: 'Building blocks (node kinds)',
      description: 'One page for every box in the Explorer’s palette.',
      concepts: pick(nodeKindSlugs),
    },
    {
      id: 'trade-offs',
      title: 'Trade-offs',
      description: 'When serverless wins, when it does not, and what you commit to.',
      concepts: pick(TRADE_OFFS),
    },
  ];
  const rest = concepts.filter((c) => !placed.has(c.slug));
  sections.push({ id: 'more', title: 'More', description: 'Other pages.', concepts: rest });
  return sections.filter((section) => section.concepts.length > 0);
}
