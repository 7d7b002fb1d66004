/** The connections that start from file-upload, with what each means to a learner. */
import { rule, v, type ConnectionRule } from '../../catalog/connection-rule.ts';

export const fileUploadConnections: readonly ConnectionRule[] = [
  rule(
    'file-upload',
    's3',
    v(
      'put-object',
      'PutObject',
      'sdk',
      'Each upload is a PUT request that stores one object in the bucket.',
    ),
  ),
];
