import { describe, expect, it } from 'vitest';
import { defaultConfigFor } from '../catalog/index.ts';
import { migrate } from './migrations.ts';
import { FORMAT_3_MEANT, migrateBehaviours } from './migration-4-behaviours.ts';

const node = (kind: string, config: Record<string, unknown>) => ({
  id: 'n',
  kind,
  label: 'n',
  position: { x: 0, y: 0 },
  config,
});
const configOf = (doc: Record<string, unknown>) => (doc.nodes as { config: unknown }[])[0]?.config;

describe('format 3 → 4: DynamoDB capacity modes', () => {
  it('writes out that a format-3 table was on-demand with strongly consistent reads', () => {
    const doc = migrateBehaviours({ version: 3, nodes: [node('dynamodb', { itemKb: 2 })] });
    expect(configOf(doc)).toEqual({
      capacityMode: 'on-demand',
      writeCapacity: 5,
      readCapacity: 5,
      readConsistency: 'strong',
      itemKb: 2,
    });
  });

  it('keeps values already set and leaves other kinds alone', () => {
    const bucket = node('s3', { storageGb: 5 });
    expect(migrateBehaviours({ version: 3, nodes: [bucket] }).nodes).toEqual([bucket]);
    const set = node('dynamodb', { capacityMode: 'provisioned', writeCapacity: 9 });
    expect(configOf(migrateBehaviours({ version: 3, nodes: [set] }))).toMatchObject({
      capacityMode: 'provisioned',
      writeCapacity: 9,
    });
    expect(migrate({ version: 3, nodes: [] })).toEqual({
      ok: true,
      doc: { version: 4, nodes: [] },
    });
  });

  it("format 3's meaning is what format 4's catalog gives by default today", () => {
    for (const [kind, meant] of Object.entries(FORMAT_3_MEANT))
      expect(defaultConfigFor(kind as 'dynamodb')).toMatchObject(meant);
  });
});
