import { describe, expect, it } from 'vitest';
import { defaultConfigFor } from '../catalog/index.ts';
import { FORMAT_2_MEANT, migrateMeters } from './migration-3-meters.ts';

const node = (kind: string, config: Record<string, unknown>) => ({
  id: 'n',
  kind,
  label: 'n',
  position: { x: 0, y: 0 },
  config,
});
const configOf = (doc: Record<string, unknown>) => (doc.nodes as { config: unknown }[])[0]?.config;

describe('format 2 → 3: streaming, API caching, WebSocket APIs', () => {
  it('writes out that a format-2 function answered buffered', () => {
    const doc = migrateMeters({ version: 2, nodes: [node('lambda', { memoryMb: 1024 })] });
    expect(configOf(doc)).toEqual({ memoryMb: 1024, invokeMode: 'BUFFERED', responseMb: 1 });
  });

  it('writes out that a format-2 API had no cache, and keeps its type', () => {
    const doc = migrateMeters({ version: 2, nodes: [node('api-gateway', { apiType: 'http' })] });
    expect(configOf(doc)).toEqual({
      apiType: 'http',
      cacheSizeGb: 'off',
      messagesPerConnection: 100,
      connectionMinutes: 30,
    });
  });

  it('leaves other kinds and values already set alone', () => {
    const sqs = node('sqs', { batchSize: 5 });
    expect(migrateMeters({ version: 2, nodes: [sqs] }).nodes).toEqual([sqs]);
    const set = node('lambda', { invokeMode: 'RESPONSE_STREAM' });
    expect(configOf(migrateMeters({ version: 2, nodes: [set] }))).toMatchObject({
      invokeMode: 'RESPONSE_STREAM',
    });
  });

  it("format 2's meaning is what format 3's catalog gives by default today", () => {
    for (const [kind, meant] of Object.entries(FORMAT_2_MEANT)) {
      expect(defaultConfigFor(kind as 'lambda')).toMatchObject(meant);
    }
  });
});
