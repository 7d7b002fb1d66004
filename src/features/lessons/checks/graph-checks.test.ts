import { checkEdge, checkNode, checkPath } from './graph-checks.ts';
import type { PathCheck } from '../../../domain/lessons/check-schema.ts';
import { EMPTY, FAN_OUT, REST_API, REST_API_UNWIRED } from './test-diagrams.ts';

describe('node checks', () => {
  it('pass when the kind is on the canvas', () => {
    expect(checkNode(REST_API, { type: 'node', kind: 'lambda' })).toEqual({
      ok: true,
      message: 'AWS Lambda is on the canvas.',
    });
  });

  it('say what to add when it is missing or too rare', () => {
    expect(checkNode(EMPTY, { type: 'node', kind: 'api-gateway' })).toEqual({
      ok: false,
      message: 'There is no Amazon API Gateway node yet: add it from the palette.',
    });
    expect(checkNode(REST_API, { type: 'node', kind: 'lambda', min: 2 }).message).toBe(
      'There is 1 AWS Lambda on the canvas; add 1 more.',
    );
    expect(checkNode(FAN_OUT, { type: 'node', kind: 'lambda', min: 2 }).ok).toBe(true);
  });

  it('fail above the maximum, and use the lesson’s hint when given', () => {
    expect(checkNode(FAN_OUT, { type: 'node', kind: 'sqs', max: 2 })).toEqual({
      ok: false,
      message: 'There are 3 Amazon SQS nodes; keep at most 2.',
    });
    expect(checkNode(EMPTY, { type: 'node', kind: 'sqs', hint: 'Add a queue.' }).message).toBe(
      'Add a queue.',
    );
  });
});

describe('edge checks', () => {
  it('pass when two kinds are connected', () => {
    const check = { type: 'edge', from: 'api-gateway', to: 'lambda' } as const;
    expect(checkEdge(REST_API, check)).toEqual({
      ok: true,
      message: 'Amazon API Gateway is connected to AWS Lambda.',
    });
    expect(checkEdge(REST_API_UNWIRED, check)).toEqual({
      ok: false,
      message: 'Amazon API Gateway is not connected to AWS Lambda yet.',
    });
  });

  it('say which end is missing', () => {
    expect(checkEdge(EMPTY, { type: 'edge', from: 'sns', to: 'sqs' }).message).toBe(
      'There is no Amazon SNS node yet: add it from the palette.',
    );
    expect(checkEdge(REST_API, { type: 'edge', from: 'api-gateway', to: 'sqs' }).message).toBe(
      'There is no Amazon SQS node yet: add it, then connect Amazon API Gateway to it.',
    );
  });

  it('count connections against a minimum', () => {
    expect(checkEdge(FAN_OUT, { type: 'edge', from: 'sns', to: 'sqs', min: 2 })).toEqual({
      ok: true,
      message: '2 connections Amazon SNS → Amazon SQS.',
    });
    expect(checkEdge(FAN_OUT, { type: 'edge', from: 'sqs', to: 'lambda', min: 3 })).toEqual({
      ok: false,
      message: 'Only 2 Amazon SQS → AWS Lambda connections so far; 3 are needed.',
    });
  });

  it('can require a connection to be gone', () => {
    const check = { type: 'edge', from: 'api-gateway', to: 'lambda', absent: true } as const;
    expect(checkEdge(REST_API_UNWIRED, check).ok).toBe(true);
    expect(checkEdge(REST_API, check)).toEqual({
      ok: false,
      message: 'Amazon API Gateway is still connected to AWS Lambda: remove that connection.',
    });
  });

  it('match a variant, reading a missing one as the pair’s default', () => {
    const write = { type: 'edge', from: 'lambda', to: 'dynamodb', variant: 'write' } as const;
    expect(checkEdge(REST_API, write).ok).toBe(true); // no variant stored = "write"
    expect(checkEdge(REST_API_UNWIRED, write).ok).toBe(false); // stored as "read"
    const dlq = { type: 'edge', from: 'sqs', to: 'sqs', variant: 'dlq' } as const;
    expect(checkEdge(FAN_OUT, dlq).ok).toBe(true);
  });
});

describe('path checks', () => {
  const chain: PathCheck = {
    type: 'path',
    kinds: ['http-clients', 'api-gateway', 'lambda', 'dynamodb'],
  };

  it('pass along a chain of connected nodes', () => {
    expect(checkPath(REST_API, chain)).toEqual({
      ok: true,
      message: 'HTTP clients → Amazon API Gateway → AWS Lambda → Amazon DynamoDB is connected.',
    });
    const fan: PathCheck = {
      type: 'path',
      kinds: ['http-clients', 'api-gateway', 'sns', 'sqs', 'lambda'],
    };
    expect(checkPath(FAN_OUT, fan).ok).toBe(true);
  });

  it('say where the chain stops', () => {
    expect(checkPath(REST_API_UNWIRED, chain)).toEqual({
      ok: false,
      message: 'The chain stops at Amazon API Gateway: connect it to AWS Lambda.',
    });
    expect(checkPath(EMPTY, chain).message).toBe(
      'There is no HTTP clients node yet: add it from the palette.',
    );
    const viaQueue: PathCheck = { type: 'path', kinds: ['http-clients', 'api-gateway', 'sqs'] };
    expect(checkPath(REST_API, viaQueue).message).toBe(
      'Add Amazon SQS and connect Amazon API Gateway to it.',
    );
  });

  it('needs the same nodes all along, not just the right kinds somewhere', () => {
    // qb → fb exists and topic → qa exists, but the path must continue through one queue.
    const fanOnlyB = {
      ...FAN_OUT,
      edges: FAN_OUT.edges.filter((e) => e.id !== 'qa-fa' && e.id !== 'topic-qb'),
    };
    const fan: PathCheck = { type: 'path', kinds: ['sns', 'sqs', 'lambda'] };
    expect(checkPath(fanOnlyB, fan).ok).toBe(false);
  });
});
