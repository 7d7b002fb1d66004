/**
 * Where the numbers come from: AWS pricing pages and blogs, read between 2025 and 2026-11; the dates
 * on each price say what the number refers to, since AWS pricing pages carry no date.
 */
export const SOURCES = {
  lambda: 'https://aws.amazon.com/lambda/pricing/',
  lambdaTiers: 'https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/',
  apiGateway: 'https://aws.amazon.com/api-gateway/pricing/',
  sqs: 'https://aws.amazon.com/sqs/pricing/',
  sns: 'https://aws.amazon.com/sns/pricing/',
  dynamodb: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  dynamodbProvisioned: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
  s3: 'https://aws.amazon.com/s3/pricing/',
  eventBridge: 'https://aws.amazon.com/eventbridge/pricing/',
  stepFunctions: 'https://aws.amazon.com/step-functions/pricing/',
  kinesis: 'https://aws.amazon.com/kinesis/data-streams/pricing/',
  fargate: 'https://aws.amazon.com/fargate/pricing/',
  ec2: 'https://aws.amazon.com/ec2/pricing/on-demand/',
} as const;

/** Date the price table was last compiled from the pages above. */
export const PRICES_COMPILED = '2026-11-23';
