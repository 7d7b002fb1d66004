import { CONCEPTS } from '../../ui/learn-content/concept-index.ts';
import { groupConcepts } from './sections.ts';

/**
 * One page per node kind, in palette order. Written out rather than read from the catalog:
 * importing the catalog here would load its validation schemas (zod) with every Learn page.
 * concept-sections.test.ts checks that this list matches the catalog.
 */
export const BUILDING_BLOCK_SLUGS = [
  'http-clients',
  'file-upload',
  'schedule',
  'custom-event',
  'aws-lambda',
  'amazon-api-gateway',
  'amazon-s3',
  'amazon-sns',
  'amazon-sqs',
  'amazon-dynamodb',
  'amazon-eventbridge',
  'aws-step-functions',
  'amazon-kinesis',
  'application-load-balancer',
  'aws-fargate',
];

/** The index's sections for the pages in this build, node kinds in palette order. */
export const CONCEPT_SECTIONS = groupConcepts(CONCEPTS, BUILDING_BLOCK_SLUGS);
