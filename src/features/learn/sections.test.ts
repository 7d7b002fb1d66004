import { CATALOG } from '../../domain/catalog/index.ts';
import type { ConceptMeta } from '../../ui/learn-content/concept-types.ts';
import { groupConcepts } from './sections.ts';

const meta = (slug: string): ConceptMeta => ({
  slug,
  title: slug,
  summary: '',
  related: [],
  sources: [],
  tryIt: [],
});
const kindSlugs = Object.values(CATALOG).map((kind) => kind.conceptSlug);

describe('groupConcepts', () => {
  it('places every page written today in one of the four named sections', () => {
    const slugs = Object.keys(import.meta.glob('../../../content/concepts/*.md')).map((path) =>
      path.replace(/^.*\/|\.md$/g, ''),
    );
    const sections = groupConcepts(slugs.map(meta), kindSlugs);
    expect(sections.map((s) => s.title)).toEqual([
      'Start here',
      'Core concepts',
      'Building blocks (node kinds)',
      'Trade-offs',
    ]);
    const placed = sections.flatMap((s) => s.concepts.map((c) => c.slug));
    expect(placed.sort()).toEqual([...slugs].sort());
  });

  it('keeps the palette order for building blocks and puts unknown pages under More', () => {
    const sections = groupConcepts(
      [meta('amazon-sqs'), meta('aws-lambda'), meta('brand-new'), meta('cold-starts')],
      kindSlugs,
    );
    expect(sections.map((s) => [s.title, s.concepts.map((c) => c.slug)])).toEqual([
      ['Core concepts', ['cold-starts']],
      ['Building blocks (node kinds)', ['aws-lambda', 'amazon-sqs']],
      ['More', ['brand-new']],
    ]);
  });
});
