/** SQS requests (each 64 KB chunk counts one), standard before FIFO on the shared free pool. */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const sqsPricing: KindPricing<'sqs'> = {
  meters: (u) => [{ item: `sqs.${u.queueType}`, quantity: amount(u.requests) }],
  rows: (p) => [
    ['sqs.standard', 'SQS standard requests', 'requests', flat(p.sqs.standard), 'sqsRequests'],
    ['sqs.fifo', 'SQS FIFO requests', 'requests', flat(p.sqs.fifo), 'sqsRequests'],
  ],
};
