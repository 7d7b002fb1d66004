import { CATALOG } from '../../domain/catalog/index.ts';
import { BUILDING_BLOCK_SLUGS } from './concept-sections.ts';

describe('BUILDING_BLOCK_SLUGS', () => {
  it('names every node kind’s page, in palette order', () => {
    expect(BUILDING_BLOCK_SLUGS).toEqual(Object.values(CATALOG).map((kind) => kind.conceptSlug));
  });
});
