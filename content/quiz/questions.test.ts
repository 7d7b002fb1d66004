// Checks the practice questions in every content/quiz/*.json file against the format in README.md.
import { readdirSync, readFileSync } from 'node:fs';

const folder = new URL('./', import.meta.url);
const questions: unknown[] = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as unknown[]);

interface Question {
  id: string;
  topic: string;
  type: 'single' | 'multiple';
  question: string;
  options: string[];
  answer: number[];
  explanation: string;
  concept: string;
  scenario?: string;
}

/** The 18 cross-cutting concept pages; each needs at least 3 questions. */
const CROSS_CUTTING = [
  'what-is-serverless',
  'building-blocks',
  'faas-vs-baas',
  'serverless-vs-containers',
  'cold-starts',
  'concurrency-and-throttling',
  'invocation-models',
  'retries-and-dead-letter-queues',
  'limits-and-timeouts',
  'pricing',
  'statelessness',
  'event-driven-architecture',
  'vendor-lock-in',
  'observability',
  'security',
  'pros-and-cons',
  'use-cases-and-anti-patterns',
  'providers-compared',
] as const;

const SERVICES = [
  'aws-lambda',
  'amazon-api-gateway',
  'amazon-s3',
  'amazon-sns',
  'amazon-sqs',
  'amazon-dynamodb',
  'amazon-eventbridge',
  'aws-step-functions',
  'amazon-kinesis',
  'aws-fargate',
  'application-load-balancer',
] as const;

const SLUGS: ReadonlySet<string> = new Set([...CROSS_CUTTING, ...SERVICES]);

const GALLERY: ReadonlySet<string> = new Set([
  'api-throttle',
  'rest-api',
  'image-thumbnails',
  'order-fanout',
  'welcome-email',
  'nightly-job',
  'iot-telemetry',
  'load-levelling',
  'cold-start-lab',
  'delivered-twice',
  'fifo-orders',
  'workflow-retries',
  'provisioned-table',
  'hot-shard',
]);

const KEYS: ReadonlySet<string> = new Set([
  'id',
  'topic',
  'type',
  'question',
  'options',
  'answer',
  'explanation',
  'concept',
  'scenario',
]);

const CHOOSE: Record<number, string> = { 2: '(Choose two.)', 3: '(Choose three.)' };

const all = questions as Question[];

describe('practice questions', () => {
  it('has at least 80 questions, at least 10 scenario-based and at least 15 multiple-answer', () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.filter((q) => q.scenario !== undefined).length).toBeGreaterThanOrEqual(10);
    expect(all.filter((q) => q.type === 'multiple').length).toBeGreaterThanOrEqual(15);
  });

  it('has unique, well-formed ids', () => {
    const ids = all.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+-\d{2}$/);
  });

  it('covers every cross-cutting topic at least 3 times and every service at least once', () => {
    for (const slug of CROSS_CUTTING) {
      expect(all.filter((q) => q.topic === slug).length, slug).toBeGreaterThanOrEqual(3);
    }
    for (const slug of SERVICES) {
      expect(all.filter((q) => q.topic === slug).length, slug).toBeGreaterThanOrEqual(1);
    }
  });

  describe.each(all.map((q) => [q.id, q] as const))('%s', (_id, q) => {
    it('has only known fields, and every required one', () => {
      for (const key of Object.keys(q)) expect(KEYS.has(key), key).toBe(true);
      for (const key of ['id', 'topic', 'type', 'question', 'explanation', 'concept'] as const) {
        expect(typeof q[key]).toBe('string');
        expect(q[key].trim().length, key).toBeGreaterThan(0);
      }
    });

    it('has a valid type, topic, concept and scenario', () => {
      expect(['single', 'multiple']).toContain(q.type);
      expect(SLUGS.has(q.topic), q.topic).toBe(true);
      expect(SLUGS.has(q.concept), q.concept).toBe(true);
      if (q.scenario !== undefined) expect(GALLERY.has(q.scenario), q.scenario).toBe(true);
    });

    it('has 4 or 5 unique, non-empty options and no catch-all options', () => {
      expect(Array.isArray(q.options)).toBe(true);
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(q.options.length).toBeLessThanOrEqual(5);
      const normalised = q.options.map((o) => o.trim().toLowerCase());
      for (const option of normalised) {
        expect(option.length).toBeGreaterThan(0);
        expect(option).not.toMatch(/^(all|none) of the above/);
      }
      expect(new Set(normalised).size).toBe(normalised.length);
    });

    it('has answers that are unique indexes into the options', () => {
      expect(Array.isArray(q.answer)).toBe(true);
      for (const index of q.answer) {
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(q.options.length);
      }
      expect(new Set(q.answer).size).toBe(q.answer.length);
    });

    it('has an answer count that matches its type and wording', () => {
      if (q.type === 'single') {
        expect(q.answer).toHaveLength(1);
        expect(q.question).not.toMatch(/choose (two|three)/i);
      } else {
        expect(q.answer.length).toBeGreaterThanOrEqual(2);
        expect(q.answer.length).toBeLessThanOrEqual(3);
        expect(q.answer.length).toBeLessThan(q.options.length);
        expect(q.question).toContain(CHOOSE[q.answer.length]);
        const other = CHOOSE[q.answer.length === 2 ? 3 : 2] ?? '';
        expect(q.question).not.toContain(other);
      }
    });
  });
});
