/**
 * DynamoDB: on-demand write and read request units, or (provisioned tables) WCU- and
 * RCU-hours; and storage.
 */
import { amount, type KindPricing, type Meter } from '../../pricing/kind-pricing.ts';
import { flat } from '../../pricing/tiers.ts';

export const dynamodbPricing: KindPricing<'dynamodb'> = {
  meters(u) {
    const meters: Meter[] = [
      { item: 'dynamodb.writes', quantity: amount(u.writeUnits) },
      { item: 'dynamodb.reads', quantity: amount(u.readUnits) },
    ];
    if (u.wcuHours !== undefined)
      meters.push({ item: 'dynamodb.wcuHours', quantity: amount(u.wcuHours) });
    if (u.rcuHours !== undefined)
      meters.push({ item: 'dynamodb.rcuHours', quantity: amount(u.rcuHours) });
    meters.push({ item: 'dynamodb.storage', quantity: amount(u.storageGb) });
    return meters;
  },
  rows: ({ dynamodb: ddb }) => [
    ['dynamodb.writes', 'DynamoDB writes', 'WRU', flat(ddb.writeRequestUnits)],
    ['dynamodb.reads', 'DynamoDB reads', 'RRU', flat(ddb.readRequestUnits)],
    [
      'dynamodb.wcuHours',
      'DynamoDB write capacity',
      'WCU-hours',
      flat(ddb.wcuHour),
      'dynamodbWcuHours',
    ],
    [
      'dynamodb.rcuHours',
      'DynamoDB read capacity',
      'RCU-hours',
      flat(ddb.rcuHour),
      'dynamodbRcuHours',
    ],
    ['dynamodb.storage', 'DynamoDB storage', 'GB-months', flat(ddb.storage), 'dynamodbStorage'],
  ],
};
