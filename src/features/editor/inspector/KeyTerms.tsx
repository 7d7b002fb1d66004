import { Fragment } from 'react';
import type { KindId } from '../../../domain/catalog/index.ts';
import { GlossaryTerm } from '../../../ui/learn-content/GlossaryTerm.tsx';

/** Glossary terms worth knowing for each kind; each shows its definition on hover or focus. */
const TERMS: Partial<Record<KindId, [slug: string, text: string][]>> = {
  lambda: [
    ['cold-start', 'cold start'],
    ['concurrency', 'concurrency'],
    ['reserved-concurrency', 'reserved'],
    ['provisioned-concurrency', 'provisioned'],
    ['gb-second', 'GB-second'],
  ],
  sqs: [
    ['event-source-mapping', 'event source mapping'],
    ['visibility-timeout', 'visibility timeout'],
    ['dead-letter-queue', 'dead-letter queue'],
  ],
  'api-gateway': [
    ['synchronous-invocation', 'synchronous'],
    ['throttling', 'throttling'],
  ],
  sns: [['fan-out', 'fan-out']],
  s3: [['asynchronous-invocation', 'asynchronous invoke']],
  kinesis: [['shard', 'shard']],
  dynamodb: [['stream', 'stream']],
};

export function KeyTerms({ kind }: { kind: KindId }) {
  const terms = TERMS[kind];
  if (!terms) return null;
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      Key terms:{' '}
      {terms.map(([slug, text], i) => (
        <Fragment key={slug}>
          {i > 0 && ', '}
          <GlossaryTerm slug={slug}>{text}</GlossaryTerm>
        </Fragment>
      ))}
    </p>
  );
}
