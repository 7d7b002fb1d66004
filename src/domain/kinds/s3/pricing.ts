/** S3 PUT and GET requests, and Standard storage. */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const s3Pricing: KindPricing<'s3'> = {
  meters: (u) => [
    { item: 's3.put', quantity: amount(u.putRequests) },
    { item: 's3.get', quantity: amount(u.getRequests) },
    { item: 's3.storage', quantity: amount(u.storageGb) },
  ],
  rows: (p) => [
    ['s3.put', 'S3 PUT requests', 'requests', flat(p.s3.put)],
    ['s3.get', 'S3 GET requests', 'requests', flat(p.s3.get)],
    ['s3.storage', 'S3 Standard storage', 'GB-months', p.s3.storage],
  ],
};
