/**
 * CloudWatch Logs ingestion, us-east-1, standard log class. Both a Lambda function and a Fargate
 * task (awslogs driver) send their logs here, so a fair comparison bills both.
 */
import type { Allowance, Price } from './types.ts';

const SOURCE = 'https://aws.amazon.com/cloudwatch/pricing/';

export const LOGS_PRICES = {
  ingestionGb: {
    source: SOURCE,
    asOf: 'read 2026-12-07 in third-party copies (c3x.dev "us-east-1, June 2026"; hykell.com)',
    confidence: 'secondary',
    usd: 0.5,
    per: 1,
    unit: 'per GB ingested (standard class)',
  } satisfies Price,
  freeGb: {
    source: SOURCE,
    asOf: 'read 2026-12-07 in third-party copies (hykell.com)',
    confidence: 'secondary',
    quantity: 5,
    unit: 'GB of logs ingested per month (always free)',
  } satisfies Allowance,
};

/**
 * Model assumption: Lambda writes three platform lines per invocation (START, END, REPORT) of
 * about 0.3 KB together, on top of what the code logs. Our estimate from the line formats in the
 * Lambda Developer Guide; not a published figure.
 */
export const LAMBDA_PLATFORM_LOG_KB = 0.3;
