/** DynamoDB on-demand: write and read request units, and storage. */
import { amount, type KindPricing } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const dynamodbPricing: KindPricing<'dynamodb'> = {
  meters: (u) => [
    { item: 'dynamodb.writes', quantity: amount(u.writeUnits) },
    { item: 'dynamodb.reads', quantity: amount(u.readUnits) },
    { item: 'dynamodb.storage', quantity: amount(u.storageGb) },
  ],
  rows: ({ dynamodb: ddb }) => [
    ['dynamodb.writes', 'DynamoDB writes', 'WRU', flat(ddb.writeRequestUnits)],
    ['dynamodb.reads', 'DynamoDB reads', 'RRU', flat(ddb.readRequestUnits)],
    ['dynamodb.storage', 'DynamoDB storage', 'GB-months', flat(ddb.storage), 'dynamodbStorage'],
  ],
};
