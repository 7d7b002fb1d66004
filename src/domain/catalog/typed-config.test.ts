import { s3 } from '../kinds/s3/spec.ts';
import { sqs } from '../kinds/sqs/spec.ts';
import { lambda } from '../kinds/lambda/spec.ts';
import { readConfig, type ConfigOf } from './typed-config.ts';

describe('readConfig', () => {
  it('reads the values a node has, typed from its spec', () => {
    const c = readConfig(sqs, { batchSize: 7, queueType: 'fifo' });
    expect(c.batchSize).toBe(7);
    expect(c.queueType).toBe('fifo');
    const queueType: 'standard' | 'fifo' = c.queueType;
    expect(queueType).toBe('fifo');
  });

  it('falls back to the catalog default, the only default', () => {
    const storage = s3.fields.find((f) => f.key === 'storageGb');
    expect(readConfig(s3, {}).storageGb).toBe(storage?.default);
    expect(readConfig(s3, { storageGb: 'lots' }).storageGb).toBe(storage?.default);
    expect(readConfig(sqs, { queueType: 'lifo' }).queueType).toBe('standard');
  });

  it('keeps null for optional numbers (no reserved concurrency)', () => {
    expect(readConfig(lambda, { reservedConcurrency: null }).reservedConcurrency).toBeNull();
    expect(readConfig(lambda, { reservedConcurrency: 5 }).reservedConcurrency).toBe(5);
  });

  it('knows only the fields the spec declares (checked by tsc -b)', () => {
    const c: ConfigOf<typeof s3> = readConfig(s3, {});
    // @ts-expect-error -- S3 has no batchSize
    expect(c.batchSize).toBeUndefined();
  });
});
