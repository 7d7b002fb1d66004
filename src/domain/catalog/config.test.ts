import { validateConfig, defaultConfigFor } from './config.ts';
import { CATALOG } from './catalog.ts';
import { KIND_IDS } from './types.ts';
import { parseScheduleExpression } from '../kinds/schedule/schedule-expression.ts';

describe('config schemas', () => {
  it.each(KIND_IDS)('%s: defaults are valid', (kind) => {
    const result = validateConfig(kind, defaultConfigFor(kind));
    expect(result.ok).toBe(true);
  });

  it.each(KIND_IDS)('%s: has a summary, a concept slug and a colour', (kind) => {
    const spec = CATALOG[kind];
    expect(spec.summary.length).toBeGreaterThan(20);
    expect(spec.conceptSlug).toMatch(/^[a-z0-9-]+$/);
    expect(spec.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('refuses memory 50 MB with the real limit', () => {
    const result = validateConfig('lambda', { memoryMb: 50 });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          key: 'memoryMb',
          message: 'Memory must be between 128 and 10,240 MB (the AWS Lambda limit).',
        },
      ],
    });
  });

  it('refuses a 20-minute timeout and accepts 15 minutes', () => {
    const bad = validateConfig('lambda', { timeoutSec: 1200 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.message).toContain('900 s');
    expect(validateConfig('lambda', { timeoutSec: 900 }).ok).toBe(true);
  });

  it('accepts the limits themselves and refuses one step beyond', () => {
    expect(validateConfig('lambda', { memoryMb: 128 }).ok).toBe(true);
    expect(validateConfig('lambda', { memoryMb: 10240 }).ok).toBe(true);
    expect(validateConfig('lambda', { memoryMb: 10241 }).ok).toBe(false);
    expect(validateConfig('lambda', { memoryMb: 512.5 }).ok).toBe(false);
    expect(validateConfig('sqs', { visibilityTimeoutSec: 43201 }).ok).toBe(false);
    expect(validateConfig('sqs', { batchSize: 10001 }).ok).toBe(false);
  });

  it('applies rules across fields', () => {
    const pc = validateConfig('lambda', { reservedConcurrency: 5, provisionedConcurrency: 10 });
    expect(pc.ok).toBe(false);
    const zip = validateConfig('lambda', { packageMb: 300 });
    expect(zip.ok).toBe(false);
    if (!zip.ok) expect(zip.problems[0]?.message).toMatch(/250 MB/);
    expect(validateConfig('lambda', { packageMb: 300, runtime: 'container' }).ok).toBe(true);
    expect(validateConfig('sqs', { queueType: 'fifo', batchSize: 20 }).ok).toBe(false);
  });

  it('refuses unknown settings and wrong types', () => {
    expect(validateConfig('lambda', { memory: 512 }).ok).toBe(false);
    expect(validateConfig('lambda', { memoryMb: '512' }).ok).toBe(false);
    expect(validateConfig('lambda', { runtime: 'cobol' }).ok).toBe(false);
    expect(validateConfig('lambda', { memoryMb: Number.NaN }).ok).toBe(false);
  });

  it('reads schedule expressions as EventBridge writes them', () => {
    expect(parseScheduleExpression('rate(5 minutes)')).toEqual({ type: 'rate', everyMs: 300_000 });
    expect(parseScheduleExpression('rate(1 hour)')).toEqual({ type: 'rate', everyMs: 3_600_000 });
    expect(typeof parseScheduleExpression('rate(1 hours)')).toBe('string');
    expect(typeof parseScheduleExpression('rate(0 minutes)')).toBe('string');
    expect(parseScheduleExpression('cron(0 2 * * ? *)')).toMatchObject({
      type: 'cron',
      hours: '2',
    });
    expect(typeof parseScheduleExpression('cron(0 2 * * *)')).toBe('string');
    expect(typeof parseScheduleExpression('cron(0 2 1 * MON *)')).toBe('string');
    expect(validateConfig('schedule', { expression: 'every day' }).ok).toBe(false);
  });
});
