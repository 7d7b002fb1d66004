/** The connections that start from kinesis, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const kinesisConnections: readonly ConnectionRule[] = [
  rule(
    'kinesis',
    'lambda',
    v(
      'poll',
      'Event source mapping',
      'poll',
      'Lambda reads each shard in order, one batch at a time; a failing batch blocks its shard.',
    ),
  ),
];
