import { CATALOG } from '../../domain/catalog/index.ts';
import { CONCEPTS } from './concept-index.ts';
import { groupConcepts } from './sections.ts';

/** The index's sections for the pages in this build, node kinds in palette order. */
export const CONCEPT_SECTIONS = groupConcepts(
  CONCEPTS,
  Object.values(CATALOG).map((kind) => kind.conceptSlug),
);
