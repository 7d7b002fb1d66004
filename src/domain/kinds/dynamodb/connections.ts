/** The connections that start from dynamodb, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const dynamodbConnections: readonly ConnectionRule[] = [
  rule(
    'dynamodb',
    'lambda',
    v(
      'stream',
      'Stream event source mapping',
      'poll',
      'Lambda reads the table’s stream shard by shard, in order; a failing batch blocks its shard until it succeeds or expires.',
    ),
  ),
  rule(
    'dynamodb',
    'kinesis',
    v(
      'stream',
      'Kinesis streaming destination',
      'async',
      'The table copies every change into the Kinesis stream.',
    ),
  ),
];
