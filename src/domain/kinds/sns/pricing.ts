/** SNS publishes (per 64 KB chunk) and HTTP/S deliveries. */
import { amount, chunks, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const snsPricing: KindPricing<'sns'> = {
  meters: (u, _o, p) => [
    {
      item: 'sns.publishes',
      quantity: amount(u.publishes) * chunks(u.payloadKb, p.sns.chunkKb.quantity),
    },
    { item: 'sns.httpDeliveries', quantity: amount(u.httpDeliveries) },
  ],
  rows: ({ sns }) => [
    ['sns.publishes', 'SNS publishes', 'publishes (64 KB)', flat(sns.publishes), 'snsPublishes'],
    [
      'sns.httpDeliveries',
      'SNS HTTP/S deliveries',
      'deliveries',
      flat(sns.httpDeliveries),
      'snsHttpDeliveries',
    ],
  ],
};
