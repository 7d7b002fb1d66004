import { describe, expect, it } from 'vitest';
import { defaultConfigFor } from '../catalog/index.ts';
import { FORMAT_3_MEANT, migrateBehaviours } from './migration-4-behaviours.ts';

const node = (kind: string, config: Record<string, unknown>) => ({
  id: 'n',
  kind,
  label: 'n',
  position: { x: 0, y: 0 },
  config,
});
const configOf = (doc: Record<string, unknown>) => (doc.nodes as { config: unknown }[])[0]?.config;

describe('format 3 → 4: FIFO queue settings, workflow Retry and Catch', () => {
  it('writes out the FIFO settings a format-3 queue stood for, and keeps its own', () => {
    const doc = migrateBehaviours({ version: 3, nodes: [node('sqs', { queueType: 'fifo' })] });
    expect(configOf(doc)).toEqual({
      queueType: 'fifo',
      messageGroups: 10,
      highThroughput: false,
      contentBasedDedup: false,
      resendPercent: 0,
    });
  });

  it('writes out that a format-3 workflow had no Retry and no Catch', () => {
    const doc = migrateBehaviours({
      version: 3,
      nodes: [node('step-functions', { workflowType: 'express' })],
    });
    expect(configOf(doc)).toEqual({
      workflowType: 'express',
      retryMaxAttempts: 0,
      retryIntervalSec: 1,
      retryBackoffRate: 2,
      catchFallback: false,
    });
  });

  it('leaves other kinds and values already set alone', () => {
    const fn = node('lambda', { memoryMb: 512 });
    expect(migrateBehaviours({ version: 3, nodes: [fn] }).nodes).toEqual([fn]);
    const set = node('sqs', { messageGroups: 3 });
    expect(configOf(migrateBehaviours({ version: 3, nodes: [set] }))).toMatchObject({
      messageGroups: 3,
    });
  });

  it("format 3's meaning is what format 4's catalog gives by default today", () => {
    for (const [kind, meant] of Object.entries(FORMAT_3_MEANT))
      expect(defaultConfigFor(kind as 'sqs')).toMatchObject(meant);
  });
});
